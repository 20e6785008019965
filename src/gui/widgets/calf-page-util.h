/* calf-page-util.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Small builders shared by the assessment pages, so that every page
 * scrolls, keeps a readable width, wraps its text and uses the same
 * spacing at 360 px and at 1000 px. */

/* A scrolled window holding an AdwClamp of @maximum_width holding a
 * vertical box, which is returned in @content. */
GtkWidget *calf_page_scrolled_new   (int          maximum_width,
                                     GtkWidget  **content);
GtkWidget *calf_page_add_label      (GtkWidget   *box,
                                     const char  *text,
                                     const char  *css_class);
/* A label styled as a heading (.heading unless @css_class is given). */
GtkWidget *calf_page_add_heading    (GtkWidget   *box,
                                     const char  *text,
                                     const char  *css_class);
/* A box (6 px apart) holding a heading, appended to @box: add the
 * section's text to it. */
GtkWidget *calf_page_add_section    (GtkWidget   *box,
                                     const char  *title,
                                     const char  *css_class);
/* One wrapped "• item" label per string; nothing for an empty list.
 * @n_items counts @items; -1 when @items is NULL-terminated (a GStrv). */
void       calf_page_add_bullets    (GtkWidget   *box,
                                     const char * const *items,
                                     gssize       n_items);
/* A GtkListBox styled as a boxed list. */
GtkWidget *calf_page_add_boxed_list (GtkWidget   *box);

/* A button with a mnemonic label, named for assistive technology by its
 * label without the underline; the fix for buttons made otherwise. */
GtkWidget *calf_page_button_new     (const char  *mnemonic_label);
GtkWidget *calf_page_row_new        (const char  *title,
                                     const char  *subtitle);
/* @path for people: the home folder as "~". */
char      *calf_page_format_path       (const char *path);
void       calf_page_fix_mnemonic_name (GtkWidget *widget);
void       calf_page_fix_mnemonic_names (GtkWidget *widget);
void       calf_page_hide_icons     (GtkWidget   *widget);

G_END_DECLS
