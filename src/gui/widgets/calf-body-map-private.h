/* calf-body-map-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "calf-body-map.h"
#include "calf-body-map-region.h"
#include "calf-outline.h"

G_BEGIN_DECLS

#define CALF_ANATOMY_RESOURCE "/io/github/calfcheck/CalfCheck/anatomy/calf-posterior.json"

/* Maps view-box coordinates of the outline to widget coordinates. The
 * outline is drawn as the left leg seen from behind; the right leg is
 * its mirror image. */
typedef struct
{
  double   scale;
  double   x;       /* widget x of the drawing's left edge */
  double   y;       /* widget y of the drawing's top edge */
  double   view_x;
  double   view_y;
  double   view_width;
  double   view_height;
  gboolean mirrored;
} CalfBodyMapTransform;

typedef enum
{
  CALF_HIGHLIGHT_NONE    = 0,
  CALF_HIGHLIGHT_HOVER   = 1 << 0,
  CALF_HIGHLIGHT_FOCUS   = 1 << 1,
  CALF_HIGHLIGHT_PRESSED = 1 << 2,
} CalfHighlight;

typedef struct
{
  gboolean dark;
  gboolean high_contrast;
  GdkRGBA  accent_bg;   /* fill of a highlighted region */
  GdkRGBA  accent;      /* focus ring */
} CalfBodyMapColors;

CalfOutline *calf_body_map_load_outline          (void);

void     calf_body_map_transform_init            (CalfBodyMapTransform       *t,
                                                  CalfOutline                *outline,
                                                  const graphene_rect_t      *area,
                                                  gboolean                    mirrored);
void     calf_body_map_transform_apply           (const CalfBodyMapTransform *t,
                                                  cairo_t                    *cr);
void     calf_body_map_transform_to_view         (const CalfBodyMapTransform *t,
                                                  double                      x,
                                                  double                      y,
                                                  double                     *view_x,
                                                  double                     *view_y);
void     calf_body_map_transform_to_widget       (const CalfBodyMapTransform *t,
                                                  double                      view_x,
                                                  double                      view_y,
                                                  double                     *x,
                                                  double                     *y);
void     calf_body_map_transform_rect_to_widget  (const CalfBodyMapTransform *t,
                                                  double                      x1,
                                                  double                      y1,
                                                  double                      x2,
                                                  double                      y2,
                                                  GtkAllocation              *rect);

gboolean calf_body_map_style_is_known            (const char                 *style);
void     calf_body_map_paint_illustration       (cairo_t                    *cr,
                                                  CalfOutline                *outline,
                                                  const CalfBodyMapTransform *t,
                                                  const CalfBodyMapColors    *colors);
void     calf_body_map_paint_highlight           (cairo_t                    *cr,
                                                  CalfOutline                *outline,
                                                  guint                       region_index,
                                                  const CalfBodyMapTransform *t,
                                                  const CalfBodyMapColors    *colors,
                                                  CalfHighlight               highlight);

struct _CalfBodyMap
{
  GtkWidget parent_instance;

  CalfOutline *outline;
  CalfBodySide side;

  GtkWidget *switcher;
  GtkWidget *left_button;
  GtkWidget *right_button;
  GtkWidget *outer_label;
  GtkWidget *inner_label;
  GPtrArray *regions;          /* CalfBodyMapRegion, in the outline's stacking order */

  CalfBodyMapTransform transform;
};

/* calf-body-map-layout.c */
GtkSizeRequestMode calf_body_map_get_request_mode (GtkWidget         *widget);
void     calf_body_map_measure                   (GtkWidget                  *widget,
                                                  GtkOrientation              orientation,
                                                  int                         for_size,
                                                  int                        *minimum,
                                                  int                        *natural,
                                                  int                        *minimum_baseline,
                                                  int                        *natural_baseline);
void     calf_body_map_size_allocate             (GtkWidget                  *widget,
                                                  int                         width,
                                                  int                         height,
                                                  int                         baseline);
gboolean calf_body_map_focus                     (GtkWidget                  *widget,
                                                  GtkDirectionType            direction);

CalfBodyMapRegion *calf_body_map_find_region     (CalfBodyMap                *self,
                                                  const char                 *region_id);

/* Shared by the files of the map. */
const CalfBodyMapTransform *calf_body_map_get_transform (CalfBodyMap       *self);
CalfOutline *calf_body_map_get_outline           (CalfBodyMap                *self);
gboolean calf_body_map_move_focus                (CalfBodyMap                *self,
                                                  CalfBodyMapRegion          *from,
                                                  GtkDirectionType            direction);

G_END_DECLS
