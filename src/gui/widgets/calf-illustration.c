/* calf-illustration.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-illustration"

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "calf-illustration.h"
#include "calf-sketch.h"

#define SELFTESTS_PATH APPLICATION_RESOURCE_PATH "/selftests/"
#define EXERCISES_PATH APPLICATION_RESOURCE_PATH "/exercises/"

/* Later rules win: these override the light colours of each drawing. */
#define DARK_RULES ".figure{stroke:#deddda}.ghost{stroke:#9a9996}.accent{stroke:#99c1f1}" \
                   ".prop{stroke:#c0bfbc}.fill{fill:#3d3846}"

struct _CalfIllustration
{
  GtkWidget   parent_instance;

  char       *file_name;
  CalfSketch *sketch;
  gboolean    dark;
  double      intrinsic_width;
  double      intrinsic_height;
  GdkTexture *texture;        /* cached rendering */
  int         texture_width;  /* in device pixels */
};

G_DEFINE_FINAL_TYPE (CalfIllustration, calf_illustration, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FILE_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GBytes *
calf_illustration_load_svg (const char *file_name,
                            gboolean    dark)
{
  static const char * const folders[] = { SELFTESTS_PATH, EXERCISES_PATH };
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  const char *end_of_style;
  gsize length;
  GString *svg;

  g_return_val_if_fail (file_name != NULL, NULL);

  if (strchr (file_name, '/') != NULL)
    return NULL;

  for (guint i = 0; bytes == NULL && i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *path = g_strconcat (folders[i], file_name, NULL);

      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
    }

  if (bytes == NULL || !dark)
    return g_steal_pointer (&bytes);

  data = g_bytes_get_data (bytes, &length);
  end_of_style = g_strstr_len (data, (gssize) length, "</style>");
  if (end_of_style == NULL)
    return g_steal_pointer (&bytes);

  svg = g_string_new_len (data, end_of_style - data);
  g_string_append (svg, DARK_RULES);
  g_string_append_len (svg, end_of_style, (gssize) (length - (gsize) (end_of_style - data)));

  return g_string_free_to_bytes (svg);
}

static void
calf_illustration_reload (CalfIllustration *self)
{
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->sketch, calf_sketch_free);
  g_clear_object (&self->texture);
  self->intrinsic_width = self->intrinsic_height = 0;

  if (self->file_name != NULL)
    svg = calf_illustration_load_svg (self->file_name, self->dark);

  if (svg != NULL)
    {
      self->sketch = calf_sketch_new (svg, &error);
      if (self->sketch == NULL)
        g_warning ("Cannot read the drawing %s: %s", self->file_name, error->message);
      else
        calf_sketch_get_size (self->sketch, &self->intrinsic_width, &self->intrinsic_height);
    }

  gtk_widget_set_visible (GTK_WIDGET (self), self->sketch != NULL);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
on_dark_changed (CalfIllustration *self,
                 GParamSpec       *pspec,
                 AdwStyleManager  *style_manager)
{
  gboolean dark = adw_style_manager_get_dark (style_manager);

  if (dark == self->dark)
    return;

  self->dark = dark;
  calf_illustration_reload (self);
}

static GtkSizeRequestMode
calf_illustration_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
calf_illustration_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  CalfIllustration *self = CALF_ILLUSTRATION (widget);

  if (self->sketch == NULL || self->intrinsic_width <= 0)
    {
      *minimum = *natural = 0;
      return;
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Shrinks to half its size on narrow windows. */
      *minimum = (int) (self->intrinsic_width / 2);
      *natural = (int) self->intrinsic_width;
    }
  else
    {
      double width = for_size >= 0 ? MIN (for_size, self->intrinsic_width) : self->intrinsic_width;
      int height = (int) ceil (width * self->intrinsic_height / self->intrinsic_width);

      *minimum = *natural = height;
    }
}

static void
calf_illustration_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  CalfIllustration *self = CALF_ILLUSTRATION (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  double draw_width, draw_height;

  if (self->sketch == NULL || width <= 0 || height <= 0)
    return;

  /* Fit inside the allocation, centred, keeping the aspect ratio. */
  draw_width = MIN (width, self->intrinsic_width);
  draw_height = draw_width * self->intrinsic_height / self->intrinsic_width;
  if (draw_height > height)
    {
      draw_height = height;
      draw_width = draw_height * self->intrinsic_width / self->intrinsic_height;
    }

  if (self->texture == NULL || self->texture_width != (int) (draw_width * scale))
    {
      int pixel_width = (int) (draw_width * scale);
      int pixel_height = (int) (draw_height * scale);
      cairo_surface_t *surface;
      cairo_t *cr;
      g_autoptr(GBytes) bytes = NULL;

      if (pixel_width <= 0 || pixel_height <= 0)
        return;

      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
      cr = cairo_create (surface);
      calf_sketch_draw (self->sketch, cr, 0, 0, pixel_width, pixel_height);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                           (gsize) cairo_image_surface_get_stride (surface) * (gsize) pixel_height);
      g_clear_object (&self->texture);
      self->texture = gdk_memory_texture_new (pixel_width, pixel_height,
                                              GDK_MEMORY_DEFAULT,
                                              bytes,
                                              (gsize) cairo_image_surface_get_stride (surface));
      self->texture_width = pixel_width;
      cairo_surface_destroy (surface);
    }

  gtk_snapshot_append_texture (snapshot, self->texture,
                               &GRAPHENE_RECT_INIT ((float) ((width - draw_width) / 2),
                                                    (float) ((height - draw_height) / 2),
                                                    (float) draw_width,
                                                    (float) draw_height));
}

static void
calf_illustration_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CalfIllustration *self = CALF_ILLUSTRATION (object);

  switch (prop_id)
    {
    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
calf_illustration_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CalfIllustration *self = CALF_ILLUSTRATION (object);

  switch (prop_id)
    {
    case PROP_FILE_NAME:
      calf_illustration_set_file_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
calf_illustration_finalize (GObject *object)
{
  CalfIllustration *self = CALF_ILLUSTRATION (object);

  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->sketch, calf_sketch_free);
  g_clear_object (&self->texture);

  G_OBJECT_CLASS (calf_illustration_parent_class)->finalize (object);
}

static void
calf_illustration_class_init (CalfIllustrationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = calf_illustration_finalize;
  object_class->get_property = calf_illustration_get_property;
  object_class->set_property = calf_illustration_set_property;

  widget_class->get_request_mode = calf_illustration_get_request_mode;
  widget_class->measure = calf_illustration_measure;
  widget_class->snapshot = calf_illustration_snapshot;

  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "calf-illustration");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
calf_illustration_init (CalfIllustration *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  self->dark = adw_style_manager_get_dark (style_manager);
  g_signal_connect_object (style_manager, "notify::dark",
                           G_CALLBACK (on_dark_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
calf_illustration_new (const char *file_name)
{
  return g_object_new (CALF_TYPE_ILLUSTRATION, "file-name", file_name, NULL);
}

const char *
calf_illustration_get_file_name (CalfIllustration *self)
{
  g_return_val_if_fail (CALF_IS_ILLUSTRATION (self), NULL);

  return self->file_name;
}

gboolean
calf_illustration_set_file_name (CalfIllustration *self,
                                 const char       *file_name)
{
  g_return_val_if_fail (CALF_IS_ILLUSTRATION (self), FALSE);

  if (g_strcmp0 (self->file_name, file_name) != 0)
    {
      g_free (self->file_name);
      self->file_name = g_strdup (file_name);
      calf_illustration_reload (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE_NAME]);
    }

  return self->sketch != NULL || file_name == NULL;
}
