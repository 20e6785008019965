/* calf-body-map.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-body-map"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-body-map-private.h"

/* The anatomy diagram: the lower leg seen from behind, from just above the
 * knee to the heel, with a Left leg / Right leg switch above it and the
 * names of the two sides below. Each region of the contract is a
 * CalfBodyMapRegion child (a button for assistive technology); this widget
 * paints the illustration and the highlights. */

G_DEFINE_FINAL_TYPE (CalfBodyMap, calf_body_map, GTK_TYPE_WIDGET)

G_DEFINE_ENUM_TYPE (CalfBodySide, calf_body_side,
                    G_DEFINE_ENUM_VALUE (CALF_BODY_SIDE_LEFT, "left"),
                    G_DEFINE_ENUM_VALUE (CALF_BODY_SIDE_RIGHT, "right"))

enum {
  PROP_0,
  PROP_SIDE,
  N_PROPS
};

enum {
  REGION_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The contract's regions in reading order, which is also the Tab order. */
static const struct {
  const char *id;
  const char *name;
} default_regions[] = {
  { "back-of-knee",     N_("Behind the knee") },
  { "upper-calf-inner", N_("Upper calf, inner side") },
  { "upper-calf-outer", N_("Upper calf, outer side") },
  { "mid-calf",         N_("Middle of the calf") },
  { "lower-calf",       N_("Lower calf") },
  { "achilles",         N_("Achilles tendon") },
  { "heel",             N_("Back of the heel") },
  { "whole-lower-leg",  N_("Whole calf or lower leg") },
};

static const char * const region_ids[] = {
  "back-of-knee", "upper-calf-inner", "upper-calf-outer", "mid-calf",
  "lower-calf", "achilles", "heel", "whole-lower-leg", NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (region_ids) == G_N_ELEMENTS (default_regions) + 1);

/**
 * calf_body_map_get_region_ids:
 *
 * Returns: (transfer none): the region ids of the contract, in reading order
 */
const char * const *
calf_body_map_get_region_ids (void)
{
  return region_ids;
}

/**
 * calf_body_map_get_default_region_name:
 * @region_id: a region id
 *
 * Returns: (nullable): the translated built-in name, used until the
 *   database provides one
 */
const char *
calf_body_map_get_default_region_name (const char *region_id)
{
  g_return_val_if_fail (region_id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (default_regions); i++)
    if (g_str_equal (default_regions[i].id, region_id))
      return _(default_regions[i].name);

  return NULL;
}

CalfBodyMapRegion *
calf_body_map_find_region (CalfBodyMap *self,
                           const char  *region_id)
{
  for (guint i = 0; i < self->regions->len; i++)
    {
      CalfBodyMapRegion *region = g_ptr_array_index (self->regions, i);

      if (g_str_equal (calf_body_map_region_get_id (region), region_id))
        return region;
    }

  return NULL;
}

const CalfBodyMapTransform *
calf_body_map_get_transform (CalfBodyMap *self)
{
  return &self->transform;
}

CalfOutline *
calf_body_map_get_outline (CalfBodyMap *self)
{
  return self->outline;
}

static void
on_region_activate (CalfBodyMapRegion *region,
                    CalfBodyMap       *self)
{
  g_signal_emit (self, signals[REGION_ACTIVATED], 0, calf_body_map_region_get_id (region));
}

static gboolean
on_region_navigate (CalfBodyMapRegion *region,
                      GtkDirectionType   direction,
                      CalfBodyMap       *self)
{
  return calf_body_map_move_focus (self, region, direction);
}

/* Hover, focus and press show on the shape, which the map paints. */
static void
on_region_state_flags_changed (GtkWidget     *region,
                               GtkStateFlags  previous_flags,
                               CalfBodyMap   *self)
{
  GtkStateFlags changed = previous_flags ^ gtk_widget_get_state_flags (region);

  if (changed & (GTK_STATE_FLAG_PRELIGHT | GTK_STATE_FLAG_FOCUS_VISIBLE |
                 GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_ACTIVE))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
region_hit_test (CalfBodyMapRegion *region,
                 double             x,
                 double             y,
                 gpointer           user_data)
{
  CalfBodyMap *self = user_data;
  double map_x, map_y, view_x, view_y;

  if (!gtk_widget_translate_coordinates (GTK_WIDGET (region), GTK_WIDGET (self), x, y, &map_x, &map_y))
    return FALSE;

  calf_body_map_transform_to_view (calf_body_map_get_transform (self), map_x, map_y, &view_x, &view_y);
  return g_strcmp0 (calf_outline_pick_region (self->outline, view_x, view_y),
                    calf_body_map_region_get_id (region)) == 0;
}

static void
get_colors (CalfBodyMap       *self,
            CalfBodyMapColors *colors)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkStyleContext *context;

  colors->dark = adw_style_manager_get_dark (style_manager);
  colors->high_contrast = adw_style_manager_get_high_contrast (style_manager);

  /* Named colours of the libadwaita stylesheet, so highlights follow the
   * accent colour; the fallbacks are libadwaita's defaults. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  context = gtk_widget_get_style_context (GTK_WIDGET (self));
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &colors->accent_bg))
    gdk_rgba_parse (&colors->accent_bg, "#3584e4");
  if (!gtk_style_context_lookup_color (context, "accent_color", &colors->accent))
    gdk_rgba_parse (&colors->accent, colors->dark ? "#78aeed" : "#1c71d8");
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
calf_body_map_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  CalfBodyMap *self = CALF_BODY_MAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  CalfBodyMapColors colors;
  cairo_t *cr;

  get_colors (self, &colors);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  calf_body_map_paint_illustration (cr, self->outline, &self->transform, &colors);

  for (guint i = 0; i < self->regions->len; i++)
    {
      CalfBodyMapRegion *region = g_ptr_array_index (self->regions, i);
      GtkStateFlags flags = gtk_widget_get_state_flags (GTK_WIDGET (region));
      CalfHighlight highlight = CALF_HIGHLIGHT_NONE;

      if (flags & GTK_STATE_FLAG_PRELIGHT)
        highlight |= CALF_HIGHLIGHT_HOVER;
      if (gtk_widget_has_visible_focus (GTK_WIDGET (region)))
        highlight |= CALF_HIGHLIGHT_FOCUS;
      if (calf_body_map_region_get_pressed (region))
        highlight |= CALF_HIGHLIGHT_PRESSED;

      calf_body_map_paint_highlight (cr, self->outline, calf_body_map_region_get_index (region),
                                     &self->transform, &colors, highlight);
    }

  cairo_destroy (cr);

  gtk_widget_snapshot_child (widget, self->switcher, snapshot);
  gtk_widget_snapshot_child (widget, self->outer_label, snapshot);
  gtk_widget_snapshot_child (widget, self->inner_label, snapshot);
}

static void
calf_body_map_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (calf_body_map_parent_class)->css_changed (widget, change);

  /* The accent colour may have changed. */
  gtk_widget_queue_draw (widget);
}

static void
ensure_css (GtkWidget *widget)
{
  GdkDisplay *display = gtk_widget_get_display (widget);
  g_autoptr(GtkCssProvider) provider = NULL;

  if (g_object_get_data (G_OBJECT (display), "calf-body-map-css") != NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/calfcheck/CalfCheck/calf-body-map.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "calf-body-map-css",
                          g_object_ref (provider), g_object_unref);
}

static void
calf_body_map_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (calf_body_map_parent_class)->root (widget);

  ensure_css (widget);
}

static void
on_side_toggled (CalfBodyMap     *self,
                 GtkToggleButton *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  calf_body_map_set_side (self, GTK_WIDGET (button) == self->right_button ?
                                CALF_BODY_SIDE_RIGHT : CALF_BODY_SIDE_LEFT);
}

static void
calf_body_map_dispose (GObject *object)
{
  CalfBodyMap *self = (CalfBodyMap *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    {
      /* A region outliving the map (an AT-SPI reference) picks nothing. */
      if (CALF_IS_BODY_MAP_REGION (child))
        calf_body_map_region_set_hit_test (CALF_BODY_MAP_REGION (child), NULL, NULL);
      gtk_widget_unparent (child);
    }

  g_clear_pointer (&self->regions, g_ptr_array_unref);
  g_clear_object (&self->outline);

  G_OBJECT_CLASS (calf_body_map_parent_class)->dispose (object);
}

static void
calf_body_map_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CalfBodyMap *self = CALF_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_SIDE:
      g_value_set_enum (value, self->side);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
calf_body_map_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CalfBodyMap *self = CALF_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_SIDE:
      calf_body_map_set_side (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
calf_body_map_class_init (CalfBodyMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = calf_body_map_dispose;
  object_class->get_property = calf_body_map_get_property;
  object_class->set_property = calf_body_map_set_property;

  widget_class->get_request_mode = calf_body_map_get_request_mode;
  widget_class->measure = calf_body_map_measure;
  widget_class->size_allocate = calf_body_map_size_allocate;
  widget_class->snapshot = calf_body_map_snapshot;
  widget_class->focus = calf_body_map_focus;
  widget_class->css_changed = calf_body_map_css_changed;
  widget_class->root = calf_body_map_root;

  /**
   * CalfBodyMap:side:
   *
   * Which leg is shown. The drawing is a view from behind, so the inner
   * (medial) side of the left leg is on the viewer's right.
   */
  properties[PROP_SIDE] =
    g_param_spec_enum ("side", NULL, NULL,
                       CALF_TYPE_BODY_SIDE, CALF_BODY_SIDE_LEFT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CalfBodyMap::region-activated:
   * @self: the body map
   * @region_id: the id of the region
   *
   * A region was clicked, or activated with Enter or Space.
   */
  signals[REGION_ACTIVATED] =
    g_signal_new ("region-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_css_name (widget_class, "calf-body-map");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
create_side_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static void
calf_body_map_init (CalfBodyMap *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  const char * const *ids;

  self->outline = g_object_ref (calf_body_map_load_outline ());
  self->regions = g_ptr_array_new ();

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  /* Translators: the name of the drawing of the leg, read by
                                   * screen readers. */
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back of the lower leg"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Diagram of the leg seen from behind, from the knee to the heel"),
                                  -1);

  self->switcher = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->switcher, "linked");
  /* Translators: a toggle button above the drawing, beside "Right Leg": keep it short, both fit
   * a 360-px-wide screen. */
  self->left_button = gtk_toggle_button_new_with_label (_("Left Leg"));
  /* Translators: a toggle button above the drawing, beside "Left Leg": keep it short, both fit
   * a 360-px-wide screen. */
  self->right_button = gtk_toggle_button_new_with_label (_("Right Leg"));
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->right_button),
                               GTK_TOGGLE_BUTTON (self->left_button));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->left_button), TRUE);
  g_signal_connect_swapped (self->left_button, "toggled", G_CALLBACK (on_side_toggled), self);
  g_signal_connect_swapped (self->right_button, "toggled", G_CALLBACK (on_side_toggled), self);
  gtk_box_append (GTK_BOX (self->switcher), self->left_button);
  gtk_box_append (GTK_BOX (self->switcher), self->right_button);
  gtk_widget_set_parent (self->switcher, GTK_WIDGET (self));

  /* Translators: the side of the leg away from the other leg */
  self->outer_label = create_side_label (_("Outer side"));
  /* Translators: the side of the leg towards the other leg */
  self->inner_label = create_side_label (_("Inner side"));
  gtk_widget_set_parent (self->outer_label, GTK_WIDGET (self));
  gtk_widget_set_parent (self->inner_label, GTK_WIDGET (self));

  /* Regions are children in stacking order, so picking finds the topmost. */
  for (guint i = 0; i < calf_outline_get_n_regions (self->outline); i++)
    {
      const CalfOutlineRegion *data = calf_outline_get_region (self->outline, i);
      const char *name = calf_body_map_get_default_region_name (data->id);
      GtkWidget *region;

      if (name == NULL)
        {
          g_critical ("The anatomy outline has a region “%s” that is not in the contract", data->id);
          continue;
        }

      region = calf_body_map_region_new (data->id, i);
      calf_body_map_region_set_name (CALF_BODY_MAP_REGION (region), name);
      calf_body_map_region_set_hit_test (CALF_BODY_MAP_REGION (region), region_hit_test, self);
      g_signal_connect_object (region, "activate", G_CALLBACK (on_region_activate), self, 0);
      g_signal_connect_object (region, "navigate", G_CALLBACK (on_region_navigate), self, 0);
      g_signal_connect_object (region, "state-flags-changed", G_CALLBACK (on_region_state_flags_changed), self, 0);
      gtk_widget_set_parent (region, GTK_WIDGET (self));
      g_ptr_array_add (self->regions, region);
    }

  ids = calf_body_map_get_region_ids ();
  for (guint i = 0; ids[i]; i++)
    if (calf_body_map_find_region (self, ids[i]) == NULL)
      g_critical ("The anatomy outline has no region “%s”", ids[i]);

  g_signal_connect_object (style_manager, "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style_manager, "notify::high-contrast",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
calf_body_map_new (void)
{
  return g_object_new (CALF_TYPE_BODY_MAP, NULL);
}

CalfBodySide
calf_body_map_get_side (CalfBodyMap *self)
{
  g_return_val_if_fail (CALF_IS_BODY_MAP (self), CALF_BODY_SIDE_LEFT);

  return self->side;
}

void
calf_body_map_set_side (CalfBodyMap  *self,
                        CalfBodySide  side)
{
  g_return_if_fail (CALF_IS_BODY_MAP (self));
  g_return_if_fail (side == CALF_BODY_SIDE_LEFT || side == CALF_BODY_SIDE_RIGHT);

  if (self->side == side)
    return;

  self->side = side;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (side == CALF_BODY_SIDE_RIGHT ?
                                                   self->right_button : self->left_button),
                                TRUE);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDE]);
}

/**
 * calf_body_map_set_region_name:
 * @self: a body map
 * @region_id: a region id of the contract
 * @name: the display name, usually from the database (translated)
 *
 * Sets the name used for the region's tooltip and accessible label.
 */
void
calf_body_map_set_region_name (CalfBodyMap *self,
                               const char  *region_id,
                               const char  *name)
{
  CalfBodyMapRegion *region;

  g_return_if_fail (CALF_IS_BODY_MAP (self));
  g_return_if_fail (region_id != NULL);
  g_return_if_fail (name != NULL && name[0] != '\0');

  if (!(region = calf_body_map_find_region (self, region_id)))
    {
      g_critical ("%s: no region “%s”", G_STRFUNC, region_id);
      return;
    }

  calf_body_map_region_set_name (region, name);
}

const char *
calf_body_map_get_region_name (CalfBodyMap *self,
                               const char  *region_id)
{
  CalfBodyMapRegion *region;

  g_return_val_if_fail (CALF_IS_BODY_MAP (self), NULL);
  g_return_val_if_fail (region_id != NULL, NULL);

  region = calf_body_map_find_region (self, region_id);
  return region ? calf_body_map_region_get_name (region) : NULL;
}

/**
 * calf_body_map_get_region_widget:
 *
 * Returns: (transfer none) (nullable): the focusable child for a region,
 *   e.g. to give it keyboard focus
 */
GtkWidget *
calf_body_map_get_region_widget (CalfBodyMap *self,
                                 const char  *region_id)
{
  g_return_val_if_fail (CALF_IS_BODY_MAP (self), NULL);
  g_return_val_if_fail (region_id != NULL, NULL);

  return GTK_WIDGET (calf_body_map_find_region (self, region_id));
}
