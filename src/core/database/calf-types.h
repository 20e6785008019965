/* calf-types.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Ordered from least to most urgent so that levels compare with < and MAX (). */
typedef enum
{
  CALF_TRIAGE_SELF_CARE,
  CALF_TRIAGE_SOON,
  CALF_TRIAGE_URGENT,
  CALF_TRIAGE_EMERGENCY,
} CalfTriageLevel;

#define CALF_N_TRIAGE_LEVELS 4

typedef enum
{
  CALF_SIDE_LEFT,
  CALF_SIDE_RIGHT,
  CALF_SIDE_BOTH,
} CalfSide;

typedef enum
{
  CALF_SEX_UNKNOWN,
  CALF_SEX_FEMALE,
  CALF_SEX_MALE,
} CalfSex;

typedef enum
{
  CALF_FINDING_BOOLEAN,
  CALF_FINDING_NUMBER,
} CalfFindingType;

const char *calf_triage_level_to_string (CalfTriageLevel level);
gboolean    calf_triage_level_from_string (const char      *str,
                                           CalfTriageLevel *level);
const char *calf_side_to_string          (CalfSide         side);
gboolean    calf_side_from_string        (const char      *str,
                                          CalfSide        *side);
const char *calf_sex_to_string           (CalfSex          sex);
gboolean    calf_sex_from_string         (const char      *str,
                                          CalfSex         *sex);
const char *calf_finding_type_to_string  (CalfFindingType  type);
gboolean    calf_finding_type_from_string (const char      *str,
                                           CalfFindingType *type);
gboolean    calf_id_is_valid             (const char      *str);

G_END_DECLS
