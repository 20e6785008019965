/* calf-expander-row.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CALF_TYPE_EXPANDER_ROW (calf_expander_row_get_type ())

G_DECLARE_FINAL_TYPE (CalfExpanderRow, calf_expander_row, CALF, EXPANDER_ROW, GtkListBoxRow)

GtkWidget  *calf_expander_row_new          (const char      *title,
                                            const char      *subtitle);
const char *calf_expander_row_get_title    (CalfExpanderRow *self);
gboolean    calf_expander_row_get_expanded (CalfExpanderRow *self);
void        calf_expander_row_set_expanded (CalfExpanderRow *self,
                                            gboolean         expanded);
void        calf_expander_row_add_row      (CalfExpanderRow *self,
                                            GtkWidget       *row);

G_END_DECLS
