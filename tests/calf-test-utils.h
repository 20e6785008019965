/* calf-test-utils.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Helpers shared by every GTK test (linked into each one by
 * tests/meson.build). They never return on failure: they assert. */

void        calf_test_wait_for           (gboolean  (*condition) (gpointer user_data),
                                          gpointer     user_data,
                                          guint        timeout_ms);
void        calf_test_wait_for_frame     (GtkWidget   *widget);
void        calf_test_iterate            (void);
GtkWindow  *calf_test_find_toplevel      (GType        type);
GtkWidget  *calf_test_find_alert         (void);
void        calf_test_wait_alert_closed  (void);
void        calf_test_assert_no_focusable_label (GtkWidget *widget);
void        calf_test_press_shortcut     (GtkWidget           *widget,
                                          const char          *trigger,
                                          GtkPropagationPhase  phase);
GtkWidget  *calf_test_find_descendant    (GtkWidget   *widget,
                                          GType        type);
GtkWidget  *calf_test_find_label         (GtkWidget   *widget,
                                          const char  *text);
GdkTexture *calf_test_render_widget      (GtkWidget   *widget);
char       *calf_test_save_screenshot    (GtkWidget   *widget,
                                          const char  *name);
double      calf_test_texture_mean_luma  (GdkTexture  *texture);
guint       calf_test_texture_n_pixels_differing  (GdkTexture  *texture);

G_END_DECLS
