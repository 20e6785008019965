/* calf-body-map-region.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-body-map"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-body-map-region.h"

/* One clickable region of the body map. It is a real focusable widget,
 * so that it is a button for assistive technology and takes part in
 * keyboard focus; it is allocated over its region's bounding box, and
 * contains() narrows picking to the painted shape. The map paints; the
 * region never reaches up to it: it asks through its hit test and
 * signals, and the map watches its state flags. */
struct _CalfBodyMapRegion
{
  GtkWidget parent_instance;

  char *region_id;
  char *name;
  guint index;
  gboolean pressed;
  CalfBodyMapRegionHitTest hit_test;
  gpointer hit_test_data;
};

G_DEFINE_FINAL_TYPE (CalfBodyMapRegion, calf_body_map_region, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REGION_ID,
  PROP_INDEX,
  PROP_NAME,
  N_PROPS
};

enum {
  ACTIVATE,
  NAVIGATE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
calf_body_map_region_contains (GtkWidget *widget,
                               double     x,
                               double     y)
{
  CalfBodyMapRegion *self = CALF_BODY_MAP_REGION (widget);

  /* The shape is the map's to know: it draws it. */
  return self->hit_test != NULL && self->hit_test (self, x, y, self->hit_test_data);
}

static void
set_pressed (CalfBodyMapRegion *self,
             gboolean           pressed)
{
  if (self->pressed == pressed)
    return;

  self->pressed = pressed;
  if (pressed)
    gtk_widget_set_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_ACTIVE, FALSE);
  else
    gtk_widget_unset_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_ACTIVE);
}

static void
on_click_pressed (GtkGestureClick   *gesture,
                  int                n_press,
                  double             x,
                  double             y,
                  CalfBodyMapRegion *self)
{
  set_pressed (self, TRUE);
}

static void
on_click_released (GtkGestureClick   *gesture,
                   int                n_press,
                   double             x,
                   double             y,
                   CalfBodyMapRegion *self)
{
  gboolean inside = gtk_widget_contains (GTK_WIDGET (self), x, y);

  set_pressed (self, FALSE);

  /* Only a release over the same shape counts, as with a button. */
  if (inside && n_press == 1)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      gtk_widget_activate (GTK_WIDGET (self));
    }
}

static void
on_click_stopped (GtkGestureClick   *gesture,
                  CalfBodyMapRegion *self)
{
  set_pressed (self, FALSE);
}

/* Assistive technology sees the widget's actions; "click" is the name
 * AT-SPI clients (Orca, dogtail) use for pressing a button. */
static void
click_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_widget_activate (widget);
}

static gboolean
move_focus_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  gboolean handled = FALSE;

  g_signal_emit (widget, signals[NAVIGATE], 0, (GtkDirectionType) g_variant_get_int32 (args), &handled);
  return handled;
}

static void
calf_body_map_region_finalize (GObject *object)
{
  CalfBodyMapRegion *self = (CalfBodyMapRegion *)object;

  g_clear_pointer (&self->region_id, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (calf_body_map_region_parent_class)->finalize (object);
}

static void
calf_body_map_region_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CalfBodyMapRegion *self = CALF_BODY_MAP_REGION (object);

  switch (prop_id)
    {
    case PROP_REGION_ID:
      g_value_set_string (value, self->region_id);
      break;
    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
calf_body_map_region_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CalfBodyMapRegion *self = CALF_BODY_MAP_REGION (object);

  switch (prop_id)
    {
    case PROP_REGION_ID:
      self->region_id = g_value_dup_string (value);
      break;
    case PROP_INDEX:
      self->index = g_value_get_uint (value);
      break;
    case PROP_NAME:
      calf_body_map_region_set_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_move_binding (GtkWidgetClass   *widget_class,
                  guint             keyval,
                  guint             keypad_keyval,
                  GtkDirectionType  direction)
{
  gtk_widget_class_add_binding (widget_class, keyval, 0, move_focus_cb, "i", direction);
  gtk_widget_class_add_binding (widget_class, keypad_keyval, 0, move_focus_cb, "i", direction);
}

static void
calf_body_map_region_class_init (CalfBodyMapRegionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = calf_body_map_region_finalize;
  object_class->get_property = calf_body_map_region_get_property;
  object_class->set_property = calf_body_map_region_set_property;

  widget_class->contains = calf_body_map_region_contains;

  properties[PROP_REGION_ID] =
    g_param_spec_string ("region-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CalfBodyMapRegion::activate:
   *
   * Emitted on click, Enter or Space, and by gtk_widget_activate().
   */
  signals[ACTIVATE] =
    g_signal_new_class_handler ("activate",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_FIRST | G_SIGNAL_ACTION,
                                NULL,
                                NULL, NULL, NULL,
                                G_TYPE_NONE, 0);

  /**
   * CalfBodyMapRegion::navigate:
   * @direction: a #GtkDirectionType
   *
   * An arrow key: the map moves the focus to the region that way.
   *
   * Returns: %TRUE when the focus moved
   */
  signals[NAVIGATE] =
    g_signal_new ("navigate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  g_signal_accumulator_true_handled, NULL,
                  NULL,
                  G_TYPE_BOOLEAN, 1, GTK_TYPE_DIRECTION_TYPE);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);

  gtk_widget_class_install_action (widget_class, "click", NULL, click_action);

  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_space, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Space, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_ISO_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Enter, 0, "activate", NULL);

  add_move_binding (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, GTK_DIR_UP);
  add_move_binding (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, GTK_DIR_DOWN);
  add_move_binding (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, GTK_DIR_LEFT);
  add_move_binding (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, GTK_DIR_RIGHT);

  gtk_widget_class_set_css_name (widget_class, "region");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
calf_body_map_region_init (CalfBodyMapRegion *self)
{
  GtkGesture *click;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed), self);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  g_signal_connect (click, "stopped", G_CALLBACK (on_click_stopped), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
calf_body_map_region_new (const char *region_id,
                          guint       index)
{
  g_return_val_if_fail (region_id != NULL, NULL);

  return g_object_new (CALF_TYPE_BODY_MAP_REGION,
                       "region-id", region_id,
                       "index", index,
                       NULL);
}

const char *
calf_body_map_region_get_id (CalfBodyMapRegion *self)
{
  g_return_val_if_fail (CALF_IS_BODY_MAP_REGION (self), NULL);

  return self->region_id;
}

guint
calf_body_map_region_get_index (CalfBodyMapRegion *self)
{
  g_return_val_if_fail (CALF_IS_BODY_MAP_REGION (self), 0);

  return self->index;
}

const char *
calf_body_map_region_get_name (CalfBodyMapRegion *self)
{
  g_return_val_if_fail (CALF_IS_BODY_MAP_REGION (self), NULL);

  return self->name;
}

gboolean
calf_body_map_region_get_pressed (CalfBodyMapRegion *self)
{
  g_return_val_if_fail (CALF_IS_BODY_MAP_REGION (self), FALSE);

  return self->pressed;
}

/**
 * calf_body_map_region_set_name:
 *
 * Sets the display name: the accessible label and the tooltip.
 */
void
calf_body_map_region_set_name (CalfBodyMapRegion *self,
                               const char        *name)
{
  g_return_if_fail (CALF_IS_BODY_MAP_REGION (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self), name);
  if (name != NULL)
    /* A description of its own, or GTK reads the tooltip (the name
     * again) as the description. */
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Starts the questions about pain here"),
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * calf_body_map_region_set_hit_test:
 * @self: a #CalfBodyMapRegion
 * @hit_test: (nullable): whether a point (in @self's coordinates) is on
 *   the region's shape
 * @user_data: data for @hit_test
 *
 * Set by the map that draws the region; without it the region takes no
 * pointer input.
 */
void
calf_body_map_region_set_hit_test (CalfBodyMapRegion        *self,
                                   CalfBodyMapRegionHitTest  hit_test,
                                   gpointer                  user_data)
{
  g_return_if_fail (CALF_IS_BODY_MAP_REGION (self));

  self->hit_test = hit_test;
  self->hit_test_data = user_data;
}
