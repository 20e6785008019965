/* calf-body-map-region.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CALF_TYPE_BODY_MAP_REGION (calf_body_map_region_get_type ())

G_DECLARE_FINAL_TYPE (CalfBodyMapRegion, calf_body_map_region, CALF, BODY_MAP_REGION, GtkWidget)

GtkWidget  *calf_body_map_region_new       (const char        *region_id,
                                            guint              index);
const char *calf_body_map_region_get_id    (CalfBodyMapRegion *self);
guint       calf_body_map_region_get_index (CalfBodyMapRegion *self);
const char *calf_body_map_region_get_name  (CalfBodyMapRegion *self);
void        calf_body_map_region_set_name  (CalfBodyMapRegion *self,
                                            const char        *name);
gboolean    calf_body_map_region_get_pressed (CalfBodyMapRegion *self);

/* Whether (@x, @y), in @region's coordinates, is on its painted shape. */
typedef gboolean (*CalfBodyMapRegionHitTest) (CalfBodyMapRegion *region,
                                              double             x,
                                              double             y,
                                              gpointer           user_data);
void        calf_body_map_region_set_hit_test (CalfBodyMapRegion        *self,
                                               CalfBodyMapRegionHitTest  hit_test,
                                               gpointer                  user_data);

G_END_DECLS
