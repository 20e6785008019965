/* calf-outline-path-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-outline.h"

G_BEGIN_DECLS

typedef enum
{
  SEG_MOVE,
  SEG_LINE,
  SEG_CURVE,
  SEG_CLOSE,
} SegType;

typedef struct
{
  SegType type;
  double  pt[6];   /* up to three points: control 1, control 2, end */
} Segment;

struct _CalfOutlinePath
{
  gatomicrefcount ref_count;
  GArray *segments;
};

G_END_DECLS
