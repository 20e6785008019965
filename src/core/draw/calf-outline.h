/* calf-outline.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

#define CALF_OUTLINE_ERROR (calf_outline_error_quark ())

typedef enum
{
  CALF_OUTLINE_ERROR_PATH_SYNTAX,
  CALF_OUTLINE_ERROR_INVALID,
} CalfOutlineError;

GQuark calf_outline_error_quark (void);

/* A parsed SVG path: absolute coordinates, only move/line/cubic/close. */
typedef struct _CalfOutlinePath CalfOutlinePath;

CalfOutlinePath *calf_outline_path_parse      (const char             *data,
                                               GError                **error);
CalfOutlinePath *calf_outline_path_parse_full (const char             *data,
                                               gboolean                allow_arcs,
                                               GError                **error);
CalfOutlinePath *calf_outline_path_ref        (CalfOutlinePath        *path);
void             calf_outline_path_unref      (CalfOutlinePath        *path);
guint            calf_outline_path_get_n_segments (const CalfOutlinePath *path);
void             calf_outline_path_append     (const CalfOutlinePath  *path,
                                               cairo_t                *cr);
void             calf_outline_path_get_bounds (const CalfOutlinePath  *path,
                                               double                 *x1,
                                               double                 *y1,
                                               double                 *x2,
                                               double                 *y2);
gboolean         calf_outline_path_contains   (const CalfOutlinePath  *path,
                                               double                  x,
                                               double                  y);
char            *calf_outline_path_to_string  (const CalfOutlinePath  *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalfOutlinePath, calf_outline_path_unref)

/* One drawn layer of the illustration, painted in document order. */
typedef struct
{
  char            *id;
  char            *style;
  CalfOutlinePath *path;
} CalfOutlineLayer;

/* One clickable region. Regions are stacked in document order: the area
 * of a region is path ∩ silhouette minus the regions above it. An
 * exclusive region is also highlighted that way; a non-exclusive one
 * (the whole leg) is highlighted over its full path. */
typedef struct
{
  char            *id;
  CalfOutlinePath *path;
  gboolean         exclusive;
  double           anchor_x;
  double           anchor_y;
} CalfOutlineRegion;

#define CALF_TYPE_OUTLINE (calf_outline_get_type ())

G_DECLARE_FINAL_TYPE (CalfOutline, calf_outline, CALF, OUTLINE, GObject)

CalfOutline             *calf_outline_new_from_bytes    (GBytes       *bytes,
                                                         GError      **error);
CalfOutline             *calf_outline_new_from_resource (const char   *resource_path,
                                                         GError      **error);
void                     calf_outline_get_view_box      (CalfOutline  *self,
                                                         double       *x,
                                                         double       *y,
                                                         double       *width,
                                                         double       *height);
const CalfOutlinePath   *calf_outline_get_silhouette    (CalfOutline  *self);
guint                    calf_outline_get_n_layers      (CalfOutline  *self);
const CalfOutlineLayer  *calf_outline_get_layer         (CalfOutline  *self,
                                                         guint         index);
guint                    calf_outline_get_n_regions     (CalfOutline  *self);
const CalfOutlineRegion *calf_outline_get_region        (CalfOutline  *self,
                                                         guint         index);
const CalfOutlineRegion *calf_outline_find_region       (CalfOutline  *self,
                                                         const char   *id);
const char              *calf_outline_pick_region       (CalfOutline  *self,
                                                         double        x,
                                                         double        y);

G_END_DECLS
