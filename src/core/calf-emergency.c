/* calf-emergency.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-emergency"

#include "config.h"

#include <string.h>

#include "calf-emergency.h"

static const struct
{
  const char *territory;
  const char *number;
} numbers[] = {
  /* 112 also works from mobiles in the UK, but 999 is the number people know. */
  { "GB", "999" },
  { "UK", "999" },
  { "US", "911" },
  { "CA", "911" },
};

/* language[_territory][.codeset][@modifier] */
char *
calf_emergency_territory_from_locale (const char *locale)
{
  const char *start;
  gsize length;

  if (locale == NULL)
    return NULL;

  start = strchr (locale, '_');
  if (start == NULL)
    return NULL;

  start++;
  length = strcspn (start, ".@");
  if (length == 0)
    return NULL;

  return g_ascii_strup (start, (gssize) length);
}

char *
calf_emergency_get_territory (void)
{
  static const char *variables[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

  /* The first one that is set decides, as in POSIX. */
  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value != NULL && *value != '\0')
        return calf_emergency_territory_from_locale (value);
    }

  return NULL;
}

const char *
calf_emergency_number_for_territory (const char *territory)
{
  if (territory == NULL)
    return CALF_EMERGENCY_DEFAULT_NUMBER;

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      if (g_ascii_strcasecmp (territory, numbers[i].territory) == 0)
        return numbers[i].number;
    }

  return CALF_EMERGENCY_DEFAULT_NUMBER;
}

const char *
calf_emergency_get_automatic_number (void)
{
  g_autofree char *territory = calf_emergency_get_territory ();

  return calf_emergency_number_for_territory (territory);
}

gboolean
calf_emergency_number_is_valid (const char *number)
{
  guint digits = 0;

  if (number == NULL)
    return FALSE;

  for (const char *p = number; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (*p != ' ' || p == number || p[1] == '\0')
        return FALSE;
    }

  return digits >= 2 && digits <= 15;
}

char *
calf_emergency_get_number (GSettings *settings)
{
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  if (settings != NULL && !g_settings_get_boolean (settings, "emergency-number-automatic"))
    {
      g_autofree char *custom = g_settings_get_string (settings, "emergency-number");

      if (calf_emergency_number_is_valid (custom))
        return g_steal_pointer (&custom);
    }

  return g_strdup (calf_emergency_get_automatic_number ());
}
