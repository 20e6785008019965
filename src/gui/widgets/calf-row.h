/* calf-row.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CALF_TYPE_ROW (calf_row_get_type ())

G_DECLARE_FINAL_TYPE (CalfRow, calf_row, CALF, ROW, GtkListBoxRow)

GtkWidget  *calf_row_new            (const char *title,
                                     const char *subtitle);
const char *calf_row_get_title      (CalfRow    *self);
void        calf_row_set_title      (CalfRow    *self,
                                     const char *title);
const char *calf_row_get_subtitle   (CalfRow    *self);
void        calf_row_set_subtitle   (CalfRow    *self,
                                     const char *subtitle);
gboolean    calf_row_get_opens_page (CalfRow    *self);
void        calf_row_set_opens_page (CalfRow    *self,
                                     gboolean    opens_page);
GtkWidget  *calf_row_get_arrow      (CalfRow    *self);

G_END_DECLS
