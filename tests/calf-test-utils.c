/* calf-test-utils.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test"

#include "config.h"

#include <glib/gstdio.h>

#include "calf-alert.h"
#include "calf-test-utils.h"

static gboolean
on_timeout (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main context until @condition holds; fails the test after
 * @timeout_ms milliseconds. */
void
calf_test_wait_for (gboolean (*condition) (gpointer user_data),
                    gpointer   user_data,
                    guint      timeout_ms)
{
  gboolean timed_out = FALSE;
  guint timeout_id;

  timeout_id = g_timeout_add (timeout_ms, on_timeout, &timed_out);

  while (!condition (user_data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out after %u ms waiting for a condition", timeout_ms);

  g_source_remove (timeout_id);
}

/* Dispatches whatever is pending without blocking. */
void
calf_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
on_after_paint (GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  guint *n_painted = user_data;

  (*n_painted)++;
}

static gboolean
widget_is_mapped (gpointer user_data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (user_data));
}

static gboolean
counter_positive (gpointer user_data)
{
  return *(guint *) user_data > 0;
}

/* Waits until @widget is mapped and its surface has painted a new frame. */
void
calf_test_wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *frame_clock;
  guint n_painted = 0;
  gulong handler_id;

  calf_test_wait_for (widget_is_mapped, widget, 10000);

  frame_clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (frame_clock);

  handler_id = g_signal_connect (frame_clock, "after-paint", G_CALLBACK (on_after_paint), &n_painted);
  gtk_widget_queue_draw (widget);
  calf_test_wait_for (counter_positive, &n_painted, 10000);
  g_signal_handler_disconnect (frame_clock, handler_id);
}

/* The visible label under @widget with exactly @text, or NULL. */
GtkWidget *
calf_test_find_label (GtkWidget  *widget,
                      const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = calf_test_find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Presses @trigger ("<Control>Home") as @widget's own shortcut
 * controllers take it, asserting they take it in @phase. */
void
calf_test_press_shortcut (GtkWidget           *widget,
                          const char          *trigger,
                          GtkPropagationPhase  phase)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (trigger);
  gboolean pressed = FALSE;

  g_assert_nonnull (wanted);
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !pressed; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !pressed; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (!gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            continue;
          g_assert_cmpint (gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)), ==, phase);
          pressed = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                  GTK_SHORTCUT_ACTION_EXCLUSIVE, widget, NULL);
        }
    }

  g_assert_true (pressed);
  calf_test_iterate ();
}

/* Tab never stops on a label: a selectable one is copied with the mouse. */
void
calf_test_assert_no_focusable_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_focusable (widget))
    g_error ("Tab stops on the label “%s”", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    calf_test_assert_no_focusable_label (child);
}

/* The first widget of @type under @widget (itself included), depth first. */
GtkWidget *
calf_test_find_descendant (GtkWidget *widget,
                           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = calf_test_find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_alert_in (GtkWidget *widget)
{
  if (calf_alert_is_alert (widget))
    return gtk_widget_get_visible (widget) ? widget : NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_alert_in (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The alert shown (calf-alert.h: a window of its own on libadwaita 1.2,
 * a dialog inside its window from 1.5), or NULL. */
GtkWidget *
calf_test_find_alert (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      GtkWidget *found = find_alert_in (window);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
no_alert (gpointer user_data)
{
  return calf_test_find_alert () == NULL;
}

/* Waits until no alert is shown: from libadwaita 1.5 an alert closes with
 * an animation, still visible for its length. */
void
calf_test_wait_alert_closed (void)
{
  calf_test_wait_for (no_alert, NULL, 5000);
}

/* Returns the first toplevel of @type, or NULL. */
GtkWindow *
calf_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

/* Renders @widget (realized and mapped) into a texture with the widget's
 * own renderer. */
GdkTexture *
calf_test_render_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  int width;
  int height;

  g_assert_true (gtk_widget_get_mapped (widget));

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_assert_nonnull (renderer);

  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* Renders @widget to $CALF_SCREENSHOT_DIR/NAME.png (the build folder's
 * tests/screenshots/ under meson) and returns the path. */
char *
calf_test_save_screenshot (GtkWidget  *widget,
                           const char *name)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *filename = NULL;
  const char *dir;
  char *path;

  dir = g_getenv ("CALF_SCREENSHOT_DIR");
  if (dir == NULL)
    dir = g_get_tmp_dir ();

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);

  filename = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, filename, NULL);

  texture = calf_test_render_widget (widget);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Saved %s", path);

  return path;
}

static guchar *
download (GdkTexture *texture,
          gsize      *stride)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  guchar *data;

  *stride = (gsize) width * 4;
  data = g_malloc ((gsize) height * *stride);
  gdk_texture_download (texture, data, *stride);

  return data;
}

/* Mean luma in [0, 255] of an opaque rendering (ARGB32 premultiplied,
 * the layout gdk_texture_download uses). */
double
calf_test_texture_mean_luma (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *data = NULL;
  double sum = 0;
  gsize stride;

  data = download (texture, &stride);

  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (gpointer) (data + y * stride);

      for (int x = 0; x < width; x++)
        {
          guint32 p = row[x];
          double r = (p >> 16) & 0xff;
          double g = (p >> 8) & 0xff;
          double b = p & 0xff;

          sum += 0.2126 * r + 0.7152 * g + 0.0722 * b;
        }
    }

  return sum / ((double) width * height);
}

/* Number of pixels that differ from the top-left pixel: 0 for a blank
 * rendering. */
guint
calf_test_texture_n_pixels_differing (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *data = NULL;
  guint32 first;
  guint n = 0;
  gsize stride;

  data = download (texture, &stride);
  first = *(const guint32 *) (gpointer) data;

  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (gpointer) (data + y * stride);

      for (int x = 0; x < width; x++)
        if (row[x] != first)
          n++;
    }

  return n;
}
