/* calf-outline.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-outline"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "calf-outline.h"

/* The illustration data is a few tens of kilobytes. */
#define MAX_OUTLINE_SIZE (1024 * 1024)
#define OUTLINE_FORMAT 1

struct _CalfOutline
{
  GObject parent_instance;

  double view_x, view_y, view_width, view_height;
  CalfOutlinePath *silhouette;
  GArray *layers;    /* CalfOutlineLayer */
  GArray *regions;   /* CalfOutlineRegion */
  GHashTable *region_index; /* id → index + 1 */
};

G_DEFINE_FINAL_TYPE (CalfOutline, calf_outline, G_TYPE_OBJECT)

static void
clear_layer (gpointer data)
{
  CalfOutlineLayer *layer = data;

  g_clear_pointer (&layer->id, g_free);
  g_clear_pointer (&layer->style, g_free);
  g_clear_pointer (&layer->path, calf_outline_path_unref);
}

static void
clear_region (gpointer data)
{
  CalfOutlineRegion *region = data;

  g_clear_pointer (&region->id, g_free);
  g_clear_pointer (&region->path, calf_outline_path_unref);
}

static void
calf_outline_finalize (GObject *object)
{
  CalfOutline *self = (CalfOutline *)object;

  g_clear_pointer (&self->silhouette, calf_outline_path_unref);
  g_clear_pointer (&self->layers, g_array_unref);
  g_clear_pointer (&self->regions, g_array_unref);
  g_clear_pointer (&self->region_index, g_hash_table_unref);

  G_OBJECT_CLASS (calf_outline_parent_class)->finalize (object);
}

static void
calf_outline_class_init (CalfOutlineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = calf_outline_finalize;
}

static void
calf_outline_init (CalfOutline *self)
{
  self->layers = g_array_new (FALSE, TRUE, sizeof (CalfOutlineLayer));
  g_array_set_clear_func (self->layers, clear_layer);
  self->regions = g_array_new (FALSE, TRUE, sizeof (CalfOutlineRegion));
  g_array_set_clear_func (self->regions, clear_region);
  self->region_index = g_hash_table_new (g_str_hash, g_str_equal);
}

static gboolean
invalid (GError    **error,
         const char *where,
         const char *what)
{
  g_set_error (error, CALF_OUTLINE_ERROR, CALF_OUTLINE_ERROR_INVALID,
               /* Translators: "<place in the file>: <what is wrong>" */
               _("%s: %s"), where, what);
  return FALSE;
}

/* @required keys must be present; @optional ones may be. Any other key
 * is an error, so that a typo cannot silently drop data. */
static gboolean
check_keys (JsonObject         *object,
            const char         *where,
            const char * const *allowed,
            const char * const *optional,
            GError            **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l; l = l->next)
    {
      if (!g_strv_contains (allowed, l->data) &&
          !(optional && g_strv_contains (optional, l->data)))
        {
          g_autofree char *place = g_strdup_printf ("%s.%s", where, (const char *) l->data);
          return invalid (error, place, _("unknown key; check its spelling"));
        }
    }

  for (guint i = 0; allowed[i]; i++)
    {
      if (!json_object_has_member (object, allowed[i]))
        {
          g_autofree char *place = g_strdup_printf ("%s.%s", where, allowed[i]);
          /* Translators: after the place of a key in the drawing's data, e.g.
           * "regions[2].anchor: missing": the key is not there. */
          return invalid (error, place, _("missing"));
        }
    }

  return TRUE;
}

static const char *
get_string (JsonObject  *object,
            const char  *key,
            const char  *where,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);
  g_autofree char *place = g_strdup_printf ("%s.%s", where, key);
  const char *str;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      invalid (error, place, _("expected a string"));
      return NULL;
    }

  str = json_node_get_string (node);
  if (str[0] == '\0')
    {
      invalid (error, place, _("expected a non-empty string"));
      return NULL;
    }

  return str;
}

static gboolean
get_numbers (JsonObject  *object,
             const char  *key,
             const char  *where,
             double      *values,
             guint        n_values,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);
  g_autofree char *place = g_strdup_printf ("%s.%s", where, key);
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node) ||
      json_array_get_length (array = json_node_get_array (node)) != n_values)
    {
      /* Translators: %u is how many numbers the array must hold, e.g. 2. */
      g_autofree char *what = g_strdup_printf (_("expected an array of %u numbers"), n_values);
      return invalid (error, place, what);
    }

  for (guint i = 0; i < n_values; i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      GType type = JSON_NODE_HOLDS_VALUE (item) ? json_node_get_value_type (item) : G_TYPE_INVALID;

      if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
        {
          g_autofree char *what = g_strdup_printf (_("expected an array of %u numbers"), n_values);
          return invalid (error, place, what);
        }
      values[i] = json_node_get_double (item);
      if (values[i] < -1e5 || values[i] > 1e5)
        return invalid (error, place, _("number out of range"));
    }

  return TRUE;
}

static CalfOutlinePath *
get_path (JsonObject  *object,
          const char  *key,
          const char  *where,
          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *place = g_strdup_printf ("%s.%s", where, key);
  const char *data;
  CalfOutlinePath *path;

  if (!(data = get_string (object, key, where, error)))
    return NULL;

  if (!(path = calf_outline_path_parse (data, &local_error)))
    {
      invalid (error, place, local_error->message);
      return NULL;
    }

  return path;
}

static JsonArray *
get_array (JsonObject  *object,
           const char  *key,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
    {
      invalid (error, key, _("expected a non-empty array"));
      return NULL;
    }

  return json_node_get_array (node);
}

static gboolean
load_layers (CalfOutline  *self,
             JsonArray    *array,
             GError      **error)
{
  static const char * const keys[] = { "id", "style", "d", NULL };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *where = g_strdup_printf ("layers[%u]", i);
      CalfOutlineLayer layer = { 0 };
      JsonObject *object;
      const char *id, *style;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, where, _("expected an object"));
      object = json_node_get_object (node);

      if (!check_keys (object, where, keys, NULL, error) ||
          !(id = get_string (object, "id", where, error)) ||
          !(style = get_string (object, "style", where, error)))
        return FALSE;

      if (!g_hash_table_add (seen, (gpointer) id))
        /* Translators: after a place in the drawing's data, e.g. "regions[2]: duplicate id". */
        return invalid (error, where, _("duplicate id"));

      if (!(layer.path = get_path (object, "d", where, error)))
        return FALSE;
      layer.id = g_strdup (id);
      layer.style = g_strdup (style);
      g_array_append_val (self->layers, layer);
    }

  return TRUE;
}

static gboolean
load_regions (CalfOutline  *self,
              JsonArray    *array,
              GError      **error)
{
  static const char * const keys[] = { "id", "d", "anchor", NULL };
  static const char * const optional[] = { "exclusive", NULL };

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *where = g_strdup_printf ("regions[%u]", i);
      CalfOutlineRegion region = { 0 };
      JsonObject *object;
      const char *id;
      double anchor[2];

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, where, _("expected an object"));
      object = json_node_get_object (node);

      if (!check_keys (object, where, keys, optional, error) ||
          !(id = get_string (object, "id", where, error)) ||
          !get_numbers (object, "anchor", where, anchor, 2, error))
        return FALSE;

      if (g_hash_table_contains (self->region_index, id))
        return invalid (error, where, _("duplicate id"));

      region.exclusive = TRUE;
      if (json_object_has_member (object, "exclusive"))
        {
          JsonNode *member = json_object_get_member (object, "exclusive");

          if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_BOOLEAN)
            {
              g_autofree char *place = g_strdup_printf ("%s.exclusive", where);
              return invalid (error, place, _("expected true or false"));
            }
          region.exclusive = json_node_get_boolean (member);
        }

      if (!(region.path = get_path (object, "d", where, error)))
        return FALSE;
      region.id = g_strdup (id);
      region.anchor_x = anchor[0];
      region.anchor_y = anchor[1];
      g_array_append_val (self->regions, region);
      g_hash_table_insert (self->region_index,
                           g_array_index (self->regions, CalfOutlineRegion, i).id,
                           GUINT_TO_POINTER (i + 1));
    }

  /* The anchor is where keyboard navigation and tests aim: it must
   * pick its own region, or the data is inconsistent. */
  for (guint i = 0; i < self->regions->len; i++)
    {
      const CalfOutlineRegion *region = &g_array_index (self->regions, CalfOutlineRegion, i);
      const char *picked = calf_outline_pick_region (self, region->anchor_x, region->anchor_y);

      if (g_strcmp0 (picked, region->id) != 0)
        {
          g_autofree char *where = g_strdup_printf ("regions[%u].anchor", i);
          return invalid (error, where, _("the point is not inside the region"));
        }
    }

  return TRUE;
}

/**
 * calf_outline_new_from_bytes:
 * @bytes: the JSON document
 * @error: return location for a #GError
 *
 * Loads an anatomy illustration: a view box, the silhouette, drawing
 * layers in paint order and clickable regions (later regions lie above
 * earlier ones).
 *
 * Returns: (transfer full): the outline, or %NULL with @error set
 */
CalfOutline *
calf_outline_new_from_bytes (GBytes  *bytes,
                             GError **error)
{
  static const char * const keys[] = { "format", "view-box", "silhouette", "layers", "regions", NULL };
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(CalfOutline) self = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonArray *array;
  const char *data;
  gsize size;
  JsonNode *node;
  double view_box[4];

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size == 0 || size > MAX_OUTLINE_SIZE)
    {
      /* Translators: the name of the data file of the drawing of the leg, written in place of a
       * file name in errors: "anatomy outline: …". */
      invalid (error, _("anatomy outline"), _("the file is empty or too large"));
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, size, &local_error))
    {
      invalid (error, _("anatomy outline"), local_error->message);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      invalid (error, _("anatomy outline"), _("expected an object"));
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));

  self = g_object_new (CALF_TYPE_OUTLINE, NULL);

  if (!check_keys (root, "$", keys, NULL, error) ||
      !get_numbers (root, "view-box", "$", view_box, 4, error))
    return NULL;

  node = json_object_get_member (root, "format");
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) != OUTLINE_FORMAT)
    {
      invalid (error, "format", _("unsupported format version; expected 1"));
      return NULL;
    }

  if (view_box[2] <= 0 || view_box[3] <= 0)
    {
      invalid (error, "view-box", _("width and height must be positive"));
      return NULL;
    }
  self->view_x = view_box[0];
  self->view_y = view_box[1];
  self->view_width = view_box[2];
  self->view_height = view_box[3];

  if (!(self->silhouette = get_path (root, "silhouette", "$", error)))
    return NULL;

  if (!(array = get_array (root, "layers", error)) ||
      !load_layers (self, array, error))
    return NULL;

  if (!(array = get_array (root, "regions", error)) ||
      !load_regions (self, array, error))
    return NULL;

  return g_steal_pointer (&self);
}

CalfOutline *
calf_outline_new_from_resource (const char  *resource_path,
                                GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (resource_path != NULL, NULL);

  if (!(bytes = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, error)))
    return NULL;

  return calf_outline_new_from_bytes (bytes, error);
}

void
calf_outline_get_view_box (CalfOutline *self,
                           double      *x,
                           double      *y,
                           double      *width,
                           double      *height)
{
  g_return_if_fail (CALF_IS_OUTLINE (self));

  if (x) *x = self->view_x;
  if (y) *y = self->view_y;
  if (width) *width = self->view_width;
  if (height) *height = self->view_height;
}

const CalfOutlinePath *
calf_outline_get_silhouette (CalfOutline *self)
{
  g_return_val_if_fail (CALF_IS_OUTLINE (self), NULL);

  return self->silhouette;
}

guint
calf_outline_get_n_layers (CalfOutline *self)
{
  g_return_val_if_fail (CALF_IS_OUTLINE (self), 0);

  return self->layers->len;
}

const CalfOutlineLayer *
calf_outline_get_layer (CalfOutline *self,
                        guint        index)
{
  g_return_val_if_fail (CALF_IS_OUTLINE (self), NULL);
  g_return_val_if_fail (index < self->layers->len, NULL);

  return &g_array_index (self->layers, CalfOutlineLayer, index);
}

guint
calf_outline_get_n_regions (CalfOutline *self)
{
  g_return_val_if_fail (CALF_IS_OUTLINE (self), 0);

  return self->regions->len;
}

const CalfOutlineRegion *
calf_outline_get_region (CalfOutline *self,
                         guint        index)
{
  g_return_val_if_fail (CALF_IS_OUTLINE (self), NULL);
  g_return_val_if_fail (index < self->regions->len, NULL);

  return &g_array_index (self->regions, CalfOutlineRegion, index);
}

const CalfOutlineRegion *
calf_outline_find_region (CalfOutline *self,
                          const char  *id)
{
  guint index;

  g_return_val_if_fail (CALF_IS_OUTLINE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->region_index, id));
  return index ? &g_array_index (self->regions, CalfOutlineRegion, index - 1) : NULL;
}

/**
 * calf_outline_pick_region:
 * @self: an outline
 * @x: x in view-box coordinates
 * @y: y in view-box coordinates
 *
 * Finds the topmost region whose shape, inside the silhouette, holds the point.
 *
 * Returns: (nullable): the region id
 */
const char *
calf_outline_pick_region (CalfOutline *self,
                          double       x,
                          double       y)
{
  g_return_val_if_fail (CALF_IS_OUTLINE (self), NULL);

  if (!calf_outline_path_contains (self->silhouette, x, y))
    return NULL;

  for (guint i = self->regions->len; i > 0; i--)
    {
      const CalfOutlineRegion *region = &g_array_index (self->regions, CalfOutlineRegion, i - 1);

      if (calf_outline_path_contains (region->path, x, y))
        return region->id;
    }

  return NULL;
}
