/* test-body-map.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-body-map"

#include "config.h"

#include <string.h>

#include "body-map-fixture.h"
#include "body-map-points.h"
#include "calf-test-utils.h"

static void
test_geometry (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalfOutline) outline = calf_outline_new_from_resource (CALF_ANATOMY_RESOURCE, &error);
  const char * const *ids = calf_body_map_get_region_ids ();

  g_assert_no_error (error);
  g_assert_true (CALF_IS_OUTLINE (outline));

  /* Every layer has a style the painter knows. */
  for (guint i = 0; i < calf_outline_get_n_layers (outline); i++)
    {
      const CalfOutlineLayer *layer = calf_outline_get_layer (outline, i);

      g_test_message ("layer %s: style %s", layer->id, layer->style);
      g_assert_true (calf_body_map_style_is_known (layer->style));
    }
  g_assert_false (calf_body_map_style_is_known ("plaid"));

  /* The contract's ids, in its order, with its English names. */
  g_assert_cmpuint (g_strv_length ((char **) ids), ==, G_N_ELEMENTS (body_map_region_ids));
  for (guint i = 0; i < G_N_ELEMENTS (body_map_region_ids); i++)
    {
      g_assert_cmpstr (ids[i], ==, body_map_region_ids[i]);
      g_assert_cmpstr (calf_body_map_get_default_region_name (ids[i]), ==, body_map_region_names[i]);
      g_assert_cmpstr (calf_body_map_get_region_name (map, ids[i]), ==, body_map_region_names[i]);
      g_assert_nonnull (calf_outline_find_region (outline, ids[i]));
      region_widget (ids[i]);
    }
  g_assert_null (calf_body_map_get_default_region_name ("thigh"));
}

static void
check_points (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (body_map_points); i++)
    {
      const BodyMapPoint *p = &body_map_points[i];
      GtkWidget *picked;
      double x, y;

      view_to_map (p->x, p->y, &x, &y);
      picked = gtk_widget_pick (GTK_WIDGET (map), x, y, GTK_PICK_DEFAULT);
      g_test_message ("(%g, %g) %s -> (%.1f, %.1f) picks %s", p->x, p->y, p->what, x, y,
                      CALF_IS_BODY_MAP_REGION (picked) ?
                        calf_body_map_region_get_id (CALF_BODY_MAP_REGION (picked)) :
                        G_OBJECT_TYPE_NAME (picked));

      if (p->region != NULL)
        g_assert_true (picked == region_widget (p->region));
      else
        g_assert_false (CALF_IS_BODY_MAP_REGION (picked));

      /* No other region claims the point, though their boxes may hold it. */
      for (guint j = 0; j < G_N_ELEMENTS (body_map_region_ids); j++)
        {
          GtkWidget *other = region_widget (body_map_region_ids[j]);
          double ox, oy;

          if (g_strcmp0 (p->region, body_map_region_ids[j]) == 0)
            continue;

          g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (map), other, x, y, &ox, &oy));
          g_assert_false (gtk_widget_contains (other, ox, oy));
        }
    }
}

/* Points of the bounding box that are not in the shape do not pick it. */
static void
check_box_is_not_shape (const char *id)
{
  GtkWidget *widget = region_widget (id);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint inside = 0, outside = 0;

  for (int y = 1; y < height; y += 4)
    for (int x = 1; x < width; x += 4)
      {
        if (gtk_widget_contains (widget, x, y))
          inside++;
        else
          outside++;
      }

  g_test_message ("%s: %u of %u points of its box are in the shape", id, inside, inside + outside);
  g_assert_cmpuint (inside, >, 20);
  g_assert_cmpuint (outside, >, 20);
}

static void
test_pick_left (void)
{
  set_side (CALF_BODY_SIDE_LEFT);
  check_points ();

  for (guint i = 0; i < G_N_ELEMENTS (body_map_region_ids); i++)
    check_box_is_not_shape (body_map_region_ids[i]);
}

static void
test_pick_right (void)
{
  set_side (CALF_BODY_SIDE_RIGHT);
  check_points ();
  set_side (CALF_BODY_SIDE_LEFT);
}

static double
center_x (const char *id)
{
  GtkWidget *widget = region_widget (id);
  double x, y;

  g_assert_true (gtk_widget_translate_coordinates (widget, GTK_WIDGET (map),
                                                   gtk_widget_get_width (widget) / 2.0, 0, &x, &y));
  return x;
}

/* Seen from behind, the inner (medial) side of the left leg is on the
 * viewer's right, and of the right leg on the viewer's left. */
static void
test_mirroring (void)
{
  double middle = gtk_widget_get_width (GTK_WIDGET (map)) / 2.0;
  double left_inner, right_inner;
  GtkWidget *picked;
  double x, y;

  set_side (CALF_BODY_SIDE_LEFT);
  left_inner = center_x ("upper-calf-inner");
  g_assert_cmpfloat (left_inner, >, middle);
  g_assert_cmpfloat (center_x ("upper-calf-outer"), <, middle);

  /* A point right of the middle, in the upper calf, is the inner side. */
  view_to_map (152, 220, &x, &y);
  g_assert_cmpfloat (x, >, middle);
  picked = gtk_widget_pick (GTK_WIDGET (map), x, y, GTK_PICK_DEFAULT);
  g_assert_true (picked == region_widget ("upper-calf-inner"));

  set_side (CALF_BODY_SIDE_RIGHT);
  right_inner = center_x ("upper-calf-inner");
  g_assert_cmpfloat (right_inner, <, middle);
  g_assert_cmpfloat (center_x ("upper-calf-outer"), >, middle);
  g_assert_cmpfloat (ABS ((right_inner - middle) + (left_inner - middle)), <, 2.0);

  /* The same screen point now lies on the outer side. */
  picked = gtk_widget_pick (GTK_WIDGET (map), x, y, GTK_PICK_DEFAULT);
  g_assert_true (picked == region_widget ("upper-calf-outer"));

  set_side (CALF_BODY_SIDE_LEFT);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_side_switch (void)
{
  GtkWidget *switcher = gtk_widget_get_first_child (GTK_WIDGET (map));
  GtkWidget *left = gtk_widget_get_first_child (switcher);
  GtkWidget *right = gtk_widget_get_next_sibling (left);
  guint notified = 0;
  gulong id;

  g_assert_true (GTK_IS_TOGGLE_BUTTON (left));
  g_assert_true (GTK_IS_TOGGLE_BUTTON (right));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (left)), ==, "Left Leg");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (right)), ==, "Right Leg");
  g_assert_cmpint (calf_body_map_get_side (map), ==, CALF_BODY_SIDE_LEFT);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (left)));

  id = g_signal_connect (map, "notify::side", G_CALLBACK (on_notify), &notified);

  /* As a click on "Right Leg" does. */
  g_signal_emit_by_name (right, "clicked");
  g_assert_cmpint (calf_body_map_get_side (map), ==, CALF_BODY_SIDE_RIGHT);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (left)));
  g_assert_cmpuint (notified, ==, 1);

  /* Setting the same side again does not notify. */
  calf_body_map_set_side (map, CALF_BODY_SIDE_RIGHT);
  g_assert_cmpuint (notified, ==, 1);

  g_object_set (map, "side", CALF_BODY_SIDE_LEFT, NULL);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (left)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (right)));
  g_assert_cmpuint (notified, ==, 2);

  g_signal_handler_disconnect (map, id);
  calf_test_wait_for_frame (GTK_WIDGET (map));
}

static void
on_region_activated (GtkWidget  *widget,
                     const char *region_id,
                     GPtrArray  *activated)
{
  g_ptr_array_add (activated, g_strdup (region_id));
}

/* Runs the key binding of @widget for @keyval (no modifiers), as a key
 * press reaching the focused widget would. */
static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                 GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                 widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }

  return FALSE;
}

static void
test_activate (void)
{
  g_autoptr(GPtrArray) activated = g_ptr_array_new_with_free_func (g_free);
  static const guint keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_space, GDK_KEY_KP_Space };
  gulong id;

  id = g_signal_connect (map, "region-activated", G_CALLBACK (on_region_activated), activated);

  for (guint i = 0; i < G_N_ELEMENTS (body_map_region_ids); i++)
    {
      GtkWidget *widget = region_widget (body_map_region_ids[i]);

      g_assert_true (gtk_widget_get_focusable (widget));
      g_assert_true (gtk_widget_grab_focus (widget));
      g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == widget);

      g_ptr_array_set_size (activated, 0);
      g_assert_true (gtk_widget_activate (widget));
      /* The action assistive technology calls ("click" over AT-SPI). */
      g_assert_true (gtk_widget_activate_action (widget, "click", NULL));
      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        g_assert_true (press_key (widget, keys[k]));
      /* Other keys do not activate. */
      g_assert_false (press_key (widget, GDK_KEY_a));

      g_assert_cmpuint (activated->len, ==, 2 + G_N_ELEMENTS (keys));
      for (guint k = 0; k < activated->len; k++)
        g_assert_cmpstr (g_ptr_array_index (activated, k), ==, body_map_region_ids[i]);
    }

  g_signal_handler_disconnect (map, id);
}

static const char *
focused_region (void)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return CALF_IS_BODY_MAP_REGION (focus) ? calf_body_map_region_get_id (CALF_BODY_MAP_REGION (focus)) : NULL;
}

static void
arrow (const char *from,
       guint       keyval,
       const char *to)
{
  g_assert_true (gtk_widget_grab_focus (region_widget (from)));
  g_assert_true (press_key (region_widget (from), keyval));
  g_test_message ("%s, %s -> %s", from, gdk_keyval_name (keyval), focused_region ());
  g_assert_cmpstr (focused_region (), ==, to);
}

static void
test_arrow_keys (void)
{
  set_side (CALF_BODY_SIDE_LEFT);
  arrow ("upper-calf-outer", GDK_KEY_Right, "upper-calf-inner");
  arrow ("upper-calf-inner", GDK_KEY_Left, "upper-calf-outer");
  arrow ("upper-calf-inner", GDK_KEY_Up, "back-of-knee");
  arrow ("mid-calf", GDK_KEY_Down, "lower-calf");
  arrow ("lower-calf", GDK_KEY_Down, "achilles");
  arrow ("achilles", GDK_KEY_Up, "lower-calf");
  arrow ("achilles", GDK_KEY_Left, "whole-lower-leg");
  arrow ("achilles", GDK_KEY_Down, "heel");
  arrow ("heel", GDK_KEY_Up, "achilles");
  arrow ("back-of-knee", GDK_KEY_KP_Down, "upper-calf-outer");
  /* Nothing above the knee: focus stays. */
  arrow ("back-of-knee", GDK_KEY_Up, "back-of-knee");

  /* Mirrored, the inner side is on the left. */
  set_side (CALF_BODY_SIDE_RIGHT);
  arrow ("upper-calf-outer", GDK_KEY_Left, "upper-calf-inner");
  arrow ("upper-calf-inner", GDK_KEY_Right, "upper-calf-outer");
  set_side (CALF_BODY_SIDE_LEFT);
}

static void
test_tab_order (void)
{
  GtkWidget *switcher = gtk_widget_get_first_child (GTK_WIDGET (map));
  guint n = 0;

  gtk_root_set_focus (GTK_ROOT (window), NULL);

  /* The leg switch first, then the regions in the contract's order. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (map), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), switcher));

  while (focused_region () == NULL)
    g_assert_true (gtk_widget_child_focus (GTK_WIDGET (map), GTK_DIR_TAB_FORWARD));

  do
    {
      g_assert_cmpuint (n, <, G_N_ELEMENTS (body_map_region_ids));
      g_assert_cmpstr (focused_region (), ==, body_map_region_ids[n]);
      n++;
    }
  while (gtk_widget_child_focus (GTK_WIDGET (map), GTK_DIR_TAB_FORWARD));
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (body_map_region_ids));

  /* And back. */
  gtk_widget_grab_focus (region_widget ("whole-lower-leg"));
  for (guint i = G_N_ELEMENTS (body_map_region_ids) - 1; i > 0; i--)
    {
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (map), GTK_DIR_TAB_BACKWARD));
      g_assert_cmpstr (focused_region (), ==, body_map_region_ids[i - 1]);
    }
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (map), GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), switcher));
}

static void
count_buttons_named (GtkWidget  *widget,
                     const char *name,
                     guint      *count)
{
  if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_BUTTON)
    {
      g_autofree char *mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                      name);
      if (mismatch == NULL)
        (*count)++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    count_buttons_named (child, name, count);
}

static void
test_accessible (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (body_map_region_ids); i++)
    {
      GtkWidget *widget = region_widget (body_map_region_ids[i]);
      GtkWidget *row = calf_region_list_get_row (list, body_map_region_ids[i]);
      guint buttons = 0;

      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_ROLE_BUTTON);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           body_map_region_names[i]);
      g_assert_cmpstr (gtk_widget_get_tooltip_text (widget), ==, body_map_region_names[i]);

      /* The list names the region too, but not as a button: one button each. */
      g_assert_nonnull (row);
      g_assert_false (gtk_test_accessible_has_role (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_ROLE_BUTTON));
      g_assert_cmpstr (calf_region_list_get_region_name (list, body_map_region_ids[i]), ==, body_map_region_names[i]);
      gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                           calf_test_find_label (row, body_map_region_names[i]), NULL);
      count_buttons_named (window, body_map_region_names[i], &buttons);
      g_assert_cmpuint (buttons, ==, 1);
    }

  /* Names come from the caller (the database, translated). */
  calf_body_map_set_region_name (map, "back-of-knee", "Kniekehle");
  calf_region_list_set_region_name (list, "back-of-knee", "Kniekehle");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (region_widget ("back-of-knee")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Kniekehle");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (region_widget ("back-of-knee")), ==, "Kniekehle");
  g_assert_cmpstr (calf_region_list_get_region_name (list, "back-of-knee"), ==, "Kniekehle");
  calf_body_map_set_region_name (map, "back-of-knee", "Behind the knee");
  calf_region_list_set_region_name (list, "back-of-knee", "Behind the knee");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (region_widget ("back-of-knee")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Behind the knee");
}

static void
test_map_accessible (void)
{
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (map), GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (map), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Back of the lower leg");
}

static void
test_list (void)
{
  g_autoptr(GPtrArray) activated = g_ptr_array_new_with_free_func (g_free);
  gulong id = g_signal_connect (list, "region-activated", G_CALLBACK (on_region_activated), activated);

  for (guint i = 0; i < G_N_ELEMENTS (body_map_region_ids); i++)
    {
      GtkWidget *row = calf_region_list_get_row (list, body_map_region_ids[i]);

      g_assert_cmpstr (calf_region_list_get_region_name (list, body_map_region_ids[i]), ==, body_map_region_names[i]);
      g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
      g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)), ==, i);
      gtk_widget_activate (row);
      g_assert_cmpuint (activated->len, ==, i + 1);
      g_assert_cmpstr (g_ptr_array_index (activated, i), ==, body_map_region_ids[i]);
    }

  g_signal_handler_disconnect (list, id);
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's in-process test backend keeps the accessible roles and
   * properties the checks below read, without an AT-SPI bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = create_window (640, 720, GTK_ORIENTATION_HORIZONTAL, &map, &list);

  g_test_add_func ("/body-map/geometry", test_geometry);
  g_test_add_func ("/body-map/pick/left", test_pick_left);
  g_test_add_func ("/body-map/pick/right", test_pick_right);
  g_test_add_func ("/body-map/mirroring", test_mirroring);
  g_test_add_func ("/body-map/side-switch", test_side_switch);
  g_test_add_func ("/body-map/activate", test_activate);
  g_test_add_func ("/body-map/keyboard/arrows", test_arrow_keys);
  g_test_add_func ("/body-map/keyboard/tab", test_tab_order);
  g_test_add_func ("/body-map/accessible", test_accessible);
  g_test_add_func ("/body-map/accessible-group", test_map_accessible);
  g_test_add_func ("/body-map/list", test_list);

  return g_test_run ();
}
