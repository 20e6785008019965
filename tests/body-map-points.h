/* body-map-points.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

/* Points of data/anatomy/calf-posterior.json in its view-box coordinates
 * (the left leg seen from behind: lateral on the left, medial on the
 * right), with the region each must pick. NULL means no region: outside
 * the leg, or on the thigh above the knee, which is only context. Chosen
 * by looking at the drawing, away from the borders. */
typedef struct
{
  double      x;
  double      y;
  const char *region;
  const char *what;
} BodyMapPoint;

static const BodyMapPoint body_map_points[] = {
  { 112, 100, "back-of-knee",     "centre of the knee crease" },
  {  60,  80, "back-of-knee",     "outer edge of the knee" },
  { 111, 140, "back-of-knee",     "between the tops of the two heads" },
  {  72, 200, "upper-calf-outer", "belly of the lateral head" },
  {  95, 270, "upper-calf-outer", "lower end of the lateral head" },
  { 152, 220, "upper-calf-inner", "belly of the medial head" },
  { 130, 315, "upper-calf-inner", "low tip of the medial head" },
  { 112, 352, "mid-calf",         "below both heads, on the midline" },
  {  60, 300, "mid-calf",         "outer side below the lateral head" },
  { 158, 345, "mid-calf",         "inner side below the medial head" },
  { 180, 300, "mid-calf",         "in the medial head's box, outside its shape" },
  {  80, 410, "lower-calf",       "outer soleus" },
  { 140, 410, "lower-calf",       "inner soleus" },
  { 112, 380, "lower-calf",       "above the tendon" },
  { 112, 470, "achilles",         "narrowest part of the tendon" },
  { 112, 420, "achilles",         "upper tendon" },
  { 112, 505, "achilles",         "tendon above the heel" },
  { 112, 560, "heel",             "centre of the heel" },
  { 130, 545, "heel",             "inner side of the heel" },
  {  86, 480, "whole-lower-leg",  "outer ankle, beside the tendon" },
  { 138, 470, "whole-lower-leg",  "inner ankle, beside the tendon" },
  {  40, 165, "whole-lower-leg",  "outer edge beside the lateral head" },
  {  45, 115, "back-of-knee",     "in the lateral head's box, outside its shape" },
  { 112,  30, NULL,               "thigh above the knee" },
  {  10, 300, NULL,               "outside, beside the outer calf" },
  { 210, 300, NULL,               "outside, beside the inner calf" },
  {  60, 585, NULL,               "outside, beside the heel" },
  { 112, 598, NULL,               "outside, below the heel" },
};

static const char * const body_map_region_ids[] = {
  "back-of-knee", "upper-calf-inner", "upper-calf-outer", "mid-calf",
  "lower-calf", "achilles", "heel", "whole-lower-leg",
};

static const char * const body_map_region_names[] = {
  "Behind the knee", "Upper calf, inner side", "Upper calf, outer side",
  "Middle of the calf", "Lower calf", "Achilles tendon", "Back of the heel",
  "Whole calf or lower leg",
};
