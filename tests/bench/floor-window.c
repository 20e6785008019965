/* floor-window.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The floor for Calf Check's startup figures (run-ratios.py): a bare
 * AdwApplicationWindow with nothing in it, which quits once its first
 * frame is painted, as calf-check does with
 * CALF_CHECK_QUIT_AFTER_FIRST_FRAME=1. Whatever calf-check takes beyond
 * this is Calf Check's own.
 */

#include <adwaita.h>

static void
on_after_paint (GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  g_signal_handlers_disconnect_by_func (frame_clock, on_after_paint, user_data);
  g_application_quit (G_APPLICATION (user_data));
}

static void
on_realize (GtkWidget *window,
            gpointer   user_data)
{
  GdkFrameClock *frame_clock = gdk_surface_get_frame_clock (gtk_native_get_surface (GTK_NATIVE (window)));

  g_signal_connect_object (frame_clock, "after-paint", G_CALLBACK (on_after_paint), user_data, 0);
}

static void
on_activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  /* The size calf-check opens at (its settings' defaults). */
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.calfcheck.CalfCheck.BenchFloor",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
