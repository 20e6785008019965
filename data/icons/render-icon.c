/* render-icon.c SVG SIZE OUTPUT.png
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The app icon drawn at one fixed size, at build time. On X11, GTK gives
 * every window the app icon at 48 px: with only the scalable icon, it
 * loaded librsvg at startup to draw it (about 7 MB of memory and a few
 * milliseconds); with a 48 px PNG beside it, GTK takes the PNG.
 */

#include <stdlib.h>
#include <librsvg/rsvg.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle;
  cairo_surface_t *surface;
  cairo_t *cr;
  RsvgRectangle viewport;
  int size;

  if (argc != 4 || (size = atoi (argv[2])) <= 0 || size > 1024)
    {
      g_printerr ("usage: %s SVG SIZE OUTPUT.png\n", argv[0]);
      return 2;
    }

  handle = rsvg_handle_new_from_file (argv[1], &error);
  if (handle == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cr = cairo_create (surface);
  viewport = (RsvgRectangle) { 0, 0, size, size };
  if (!rsvg_handle_render_document (handle, cr, &viewport, &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }
  cairo_destroy (cr);
  g_object_unref (handle);

  if (cairo_surface_write_to_png (surface, argv[3]) != CAIRO_STATUS_SUCCESS)
    {
      g_printerr ("%s: could not write the PNG\n", argv[3]);
      return 1;
    }
  cairo_surface_destroy (surface);
  return 0;
}
