/* calf-emergency.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-emergency"

#include "config.h"

#include <string.h>

#include "calf-emergency.h"
#include "calf-emergency-resources.h"
#include "calf-json-reader.h"
#include "calf-program-files.h"

#define NUMBERS_PATH "/io/github/calfcheck/CalfCheck/emergency-numbers.json"

/* Territory (upper case) → Territory, from data/emergency-numbers.json. */
typedef struct
{
  char *number;
  char *name;   /* English, as iso-codes names it */
} Territory;

static GHashTable *numbers;

static void
territory_free (Territory *territory)
{
  g_free (territory->number);
  g_free (territory->name);
  g_free (territory);
}

static gboolean
read_numbers (JsonNode    *root,
              GHashTable  *table,
              GError     **error)
{
  static const char * const top_keys[] = { "*schema_version", "*sources", "*territories", NULL };
  static const char * const entry_keys[] = { "*territory", "*name", "*number", NULL };
  g_autoptr(CalfJsonReader) reader = calf_json_reader_new ("emergency-numbers.json");
  JsonObject *object;
  JsonArray *territories;
  const char *number;
  const char *name;
  gint64 version;
  gsize saved;

  if (!calf_json_reader_object (reader, root, &object, error) ||
      !calf_json_reader_check_keys (reader, object, top_keys, error) ||
      !calf_json_reader_member_integer (reader, object, "schema_version", &version, NULL, error))
    return FALSE;
  if (version != 1)
    return calf_json_reader_fail (reader, "schema_version", error, "this version reads schema 1, not %" G_GINT64_FORMAT,
                                  version);

  saved = calf_json_reader_push_key (reader, "territories");
  if (!calf_json_reader_array (reader, json_object_get_member (object, "territories"), &territories, error))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (territories); i++)
    {
      gsize element = calf_json_reader_push_index (reader, i);
      JsonObject *entry;
      const char *territory;

      if (!calf_json_reader_object (reader, json_array_get_element (territories, i), &entry, error) ||
          !calf_json_reader_check_keys (reader, entry, entry_keys, error) ||
          !calf_json_reader_member_string (reader, entry, "territory", &territory, NULL, error) ||
          !calf_json_reader_member_string (reader, entry, "name", &name, NULL, error) ||
          !calf_json_reader_member_string (reader, entry, "number", &number, NULL, error))
        return FALSE;
      /* Two capital letters, as in ISO 3166-1 and in locale names. */
      if (strlen (territory) != 2 || !g_ascii_isupper (territory[0]) || !g_ascii_isupper (territory[1]))
        return calf_json_reader_fail (reader, "territory", error, "write two capital letters, such as \"AU\"");
      if (!calf_emergency_number_is_valid (number))
        return calf_json_reader_fail (reader, "number", error, "\"%s\" is not a number to dial", number);
      if (g_hash_table_contains (table, territory))
        return calf_json_reader_fail (reader, "territory", error, "\"%s\" is listed twice", territory);
      if (*name == '\0')
        return calf_json_reader_fail (reader, "name", error, "write the country's name in English");
      {
        Territory *value = g_new0 (Territory, 1);

        value->number = g_strdup (number);
        value->name = g_strdup (name);
        g_hash_table_insert (table, g_strdup (territory), value);
      }
      calf_json_reader_pop (reader, element);
    }
  calf_json_reader_pop (reader, saved);
  return TRUE;
}

/* The table is built into the program; should it ever fail to read, every
 * territory gets the default number and the reason is logged. */
static GHashTable *
get_numbers (void)
{
  if (g_once_init_enter (&numbers))
    {
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) territory_free);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_resource_lookup_data (calf_program_resource (calf_emergency_resource_get_resource), NUMBERS_PATH,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      g_autoptr(JsonNode) root = NULL;
      gsize length = 0;
      const char *data = bytes != NULL ? g_bytes_get_data (bytes, &length) : NULL;

      if (data != NULL)
        root = calf_json_parse ("emergency-numbers.json", data, length, &calf_json_limits_input, &error);
      if (root == NULL || !read_numbers (root, table, &error))
        {
          g_warning ("The emergency numbers could not be read, %s is used everywhere: %s",
                     CALF_EMERGENCY_DEFAULT_NUMBER, error->message);
          g_hash_table_remove_all (table);
        }
      g_once_init_leave (&numbers, table);
    }
  return numbers;
}

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
  /* The telephone and address categories say where the person is; the
   * interface language may well be another country's. */
  static const char *variables[] = { "LC_TELEPHONE", "LC_ADDRESS", "LC_ALL", "LANG" };

  /* The first one that names a territory decides. */
  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      char *territory = calf_emergency_territory_from_locale (g_getenv (variables[i]));

      if (territory != NULL)
        return territory;
    }

  return NULL;
}

const char *
calf_emergency_number_for_territory (const char *territory)
{
  g_autofree char *upper = NULL;
  const Territory *entry;

  if (territory == NULL)
    return CALF_EMERGENCY_DEFAULT_NUMBER;

  upper = g_ascii_strup (territory, -1);
  entry = g_hash_table_lookup (get_numbers (), upper);
  return entry != NULL ? entry->number : CALF_EMERGENCY_DEFAULT_NUMBER;
}

/**
 * calf_emergency_describe_territory:
 * @territory: a territory code such as "AU"
 *
 * Returns: (transfer full): the country's name in the interface language
 *   where iso-codes has it ("Australia"), else the code itself
 */
char *
calf_emergency_describe_territory (const char *territory)
{
  g_autofree char *upper = NULL;
  const Territory *entry;

  g_return_val_if_fail (territory != NULL, NULL);

  upper = g_ascii_strup (territory, -1);
  entry = g_hash_table_lookup (get_numbers (), upper);
  if (entry == NULL)
    return g_steal_pointer (&upper);
  /* iso-codes' own translations of country names. */
  return g_strdup (g_dgettext ("iso_3166-1", entry->name));
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
