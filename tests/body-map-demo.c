/* body-map-demo.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The body map and the region list in a window, for
 * test-body-map-atspi.py: prints "activated ID" on stdout for every
 * region-activated, and quits when the window closes or after a minute.
 */

#define G_LOG_DOMAIN "calf-body-map-demo"

#include "config.h"

#include <adwaita.h>

#include "calf-body-map.h"
#include "calf-region-list.h"

static void
on_region_activated (GtkWidget  *widget,
                     const char *region_id,
                     gpointer    user_data)
{
  g_print ("activated %s %s\n", G_OBJECT_TYPE_NAME (widget), region_id);
}

static gboolean
on_timeout (gpointer user_data)
{
  gtk_window_destroy (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  GtkWidget *window, *box, *map, *list;

  g_set_prgname ("calf-body-map-demo");
  gtk_init ();
  adw_init ();

  window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), "Body Map");
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 720);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  map = calf_body_map_new ();
  list = calf_region_list_new ();
  gtk_widget_set_hexpand (map, TRUE);
  gtk_widget_set_valign (list, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), map);
  gtk_box_append (GTK_BOX (box), list);
  gtk_window_set_child (GTK_WINDOW (window), box);

  g_signal_connect (map, "region-activated", G_CALLBACK (on_region_activated), NULL);
  g_signal_connect (list, "region-activated", G_CALLBACK (on_region_activated), NULL);
  g_timeout_add_seconds (60, on_timeout, window);

  gtk_window_present (GTK_WINDOW (window));

  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
    g_main_context_iteration (NULL, TRUE);

  return 0;
}
