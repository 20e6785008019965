/* calf-start-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "calf-database.h"

G_BEGIN_DECLS

#define CALF_TYPE_START_PAGE (calf_start_page_get_type ())

G_DECLARE_FINAL_TYPE (CalfStartPage, calf_start_page, CALF, START_PAGE, GtkWidget)

GtkWidget *calf_start_page_new          (void);
/* Names the regions with the database's display names. */
void       calf_start_page_set_database (CalfStartPage *self,
                                         CalfDatabase  *database);
CalfSide   calf_start_page_get_side     (CalfStartPage *self);
/* Shows the "Resume Your Assessment?" box with @description, or hides it
 * when @description is NULL. */
void       calf_start_page_set_resume   (CalfStartPage *self,
                                         const char    *description);
/* A notice card above everything (an unreadable save was kept aside);
 * NULL hides it. */
void        calf_start_page_set_notice  (CalfStartPage *self,
                                         const char    *text);
const char *calf_start_page_get_notice  (CalfStartPage *self);
GtkWidget *calf_start_page_get_body_map (CalfStartPage *self);
void       calf_start_page_reset_view   (CalfStartPage *self);

G_END_DECLS
