/* calf-body-map.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  CALF_BODY_SIDE_LEFT,
  CALF_BODY_SIDE_RIGHT,
} CalfBodySide;

#define CALF_TYPE_BODY_SIDE (calf_body_side_get_type ())
GType calf_body_side_get_type (void) G_GNUC_CONST;

#define CALF_TYPE_BODY_MAP (calf_body_map_get_type ())

G_DECLARE_FINAL_TYPE (CalfBodyMap, calf_body_map, CALF, BODY_MAP, GtkWidget)

GtkWidget          *calf_body_map_new                     (void);
CalfBodySide        calf_body_map_get_side                (CalfBodyMap  *self);
void                calf_body_map_set_side                (CalfBodyMap  *self,
                                                           CalfBodySide  side);
void                calf_body_map_set_region_name         (CalfBodyMap  *self,
                                                           const char   *region_id,
                                                           const char   *name);
const char         *calf_body_map_get_region_name         (CalfBodyMap  *self,
                                                           const char   *region_id);
GtkWidget          *calf_body_map_get_region_widget       (CalfBodyMap  *self,
                                                           const char   *region_id);
const char * const *calf_body_map_get_region_ids          (void);
const char         *calf_body_map_get_default_region_name (const char   *region_id);

G_END_DECLS
