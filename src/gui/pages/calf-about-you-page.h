/* calf-about-you-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "calf-types.h"

G_BEGIN_DECLS

/*
 * Age and sex, asked once at the start of an assessment because typical
 * values (heel raises) and some scores depend on them. Both optional.
 * Emits ::done when the person continues or skips.
 */

#define CALF_TYPE_ABOUT_YOU_PAGE (calf_about_you_page_get_type ())

G_DECLARE_FINAL_TYPE (CalfAboutYouPage, calf_about_you_page, CALF, ABOUT_YOU_PAGE, GtkWidget)

GtkWidget *calf_about_you_page_new      (double            max_age);
/* A negative age is "prefer not to say". */
void       calf_about_you_page_set      (CalfAboutYouPage *self,
                                         double            age,
                                         CalfSex           sex);
double     calf_about_you_page_get_age  (CalfAboutYouPage *self);
CalfSex    calf_about_you_page_get_sex  (CalfAboutYouPage *self);
GtkWidget *calf_about_you_page_get_age_entry (CalfAboutYouPage *self);
GtkWidget *calf_about_you_page_get_continue_button (CalfAboutYouPage *self);

G_END_DECLS
