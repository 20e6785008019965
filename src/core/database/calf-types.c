/* calf-types.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-types"

#include "config.h"

#include "calf-types.h"

/* These strings are identifiers in files and on the command line, never shown as prose. */
static const char * const triage_names[] = { "self-care", "soon", "urgent", "emergency" };
static const char * const side_names[] = { "left", "right", "both" };
static const char * const sex_names[] = { NULL, "female", "male" };
static const char * const finding_type_names[] = { "boolean", "number" };

static gboolean
lookup (const char * const *names,
        guint               n_names,
        const char         *str,
        int                *out)
{
  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      if (names[i] != NULL && g_str_equal (names[i], str))
        {
          *out = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
calf_triage_level_to_string (CalfTriageLevel level)
{
  g_return_val_if_fail (level <= CALF_TRIAGE_EMERGENCY, NULL);
  return triage_names[level];
}

gboolean
calf_triage_level_from_string (const char      *str,
                               CalfTriageLevel *level)
{
  int v;

  g_return_val_if_fail (level != NULL, FALSE);

  if (!lookup (triage_names, G_N_ELEMENTS (triage_names), str, &v))
    return FALSE;
  *level = (CalfTriageLevel) v;
  return TRUE;
}

const char *
calf_side_to_string (CalfSide side)
{
  g_return_val_if_fail (side <= CALF_SIDE_BOTH, NULL);
  return side_names[side];
}

gboolean
calf_side_from_string (const char *str,
                       CalfSide   *side)
{
  int v;

  g_return_val_if_fail (side != NULL, FALSE);

  if (!lookup (side_names, G_N_ELEMENTS (side_names), str, &v))
    return FALSE;
  *side = (CalfSide) v;
  return TRUE;
}

const char *
calf_sex_to_string (CalfSex sex)
{
  g_return_val_if_fail (sex <= CALF_SEX_MALE, NULL);
  return sex_names[sex];
}

gboolean
calf_sex_from_string (const char *str,
                      CalfSex    *sex)
{
  int v;

  g_return_val_if_fail (sex != NULL, FALSE);

  if (!lookup (sex_names, G_N_ELEMENTS (sex_names), str, &v))
    return FALSE;
  *sex = (CalfSex) v;
  return TRUE;
}

const char *
calf_finding_type_to_string (CalfFindingType type)
{
  g_return_val_if_fail (type <= CALF_FINDING_NUMBER, NULL);
  return finding_type_names[type];
}

gboolean
calf_finding_type_from_string (const char      *str,
                               CalfFindingType *type)
{
  int v;

  g_return_val_if_fail (type != NULL, FALSE);

  if (!lookup (finding_type_names, G_N_ELEMENTS (finding_type_names), str, &v))
    return FALSE;
  *type = (CalfFindingType) v;
  return TRUE;
}

/* Lower-case letters and digits joined by single hyphens, such as
 * "calf-strain": every id in the database and the history. */
gboolean
calf_id_is_valid (const char *str)
{
  gboolean after_hyphen = TRUE;

  if (str == NULL || *str == '\0')
    return FALSE;

  for (const char *p = str; *p != '\0'; p++)
    {
      if (*p == '-')
        {
          if (after_hyphen)
            return FALSE;
          after_hyphen = TRUE;
        }
      else if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
        after_hyphen = FALSE;
      else
        return FALSE;
    }

  return !after_hyphen;
}
