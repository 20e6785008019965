/* test-emergency.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-emergency"

#include "config.h"

#include <string.h>

#include "calf-emergency.h"

static void
test_territory (void)
{
  static const struct { const char *locale; const char *territory; } cases[] = {
    { "en_GB.UTF-8", "GB" }, { "en_US", "US" }, { "fr_CA.UTF-8@euro", "CA" },
    { "de_DE@euro", "DE" }, { "sr_RS@latin", "RS" }, { "pt_br.utf8", "BR" },
    { "C", NULL }, { "C.UTF-8", NULL }, { "POSIX", NULL }, { "en", NULL }, { "en_", NULL },
    { "", NULL }, { NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *territory = calf_emergency_territory_from_locale (cases[i].locale);

      g_assert_cmpstr (territory, ==, cases[i].territory);
    }
}

/* The table of data/emergency-numbers.json: every EU/EEA country has 112,
 * and the countries people travel from most have their own number. */
static void
test_numbers (void)
{
  static const char *eu_eea[] = {
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
  };
  static const struct { const char *territory; const char *number; } cases[] = {
    { "GB", "999" }, { "UK", "999" }, { "gb", "999" }, { "IE", "999" }, { "US", "911" }, { "CA", "911" },
    { "MX", "911" }, { "AU", "000" }, { "NZ", "111" }, { "IN", "112" }, { "JP", "119" }, { "ZA", "10177" },
    { "BR", "192" }, { "DE", "112" }, { "FR", "112" }, { "XX", "112" }, { "", "112" }, { NULL, "112" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (eu_eea); i++)
    g_assert_cmpstr (calf_emergency_number_for_territory (eu_eea[i]), ==, "112");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (calf_emergency_number_for_territory (cases[i].territory), ==, cases[i].number);

  /* Shown with the country it assumed, by name (the code when unknown). */
  {
    static const struct { const char *territory; const char *name; } names[] = {
      { "AU", "Australia" }, { "nz", "New Zealand" }, { "GB", "United Kingdom" }, { "UK", "United Kingdom" },
      { "DE", "Germany" }, { "US", "United States" }, { "JP", "Japan" }, { "ZA", "South Africa" },
      { "XX", "XX" }, { "xx", "XX" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *name = calf_emergency_describe_territory (names[i].territory);

        g_assert_cmpstr (name, ==, names[i].name);
      }
    for (guint i = 0; i < G_N_ELEMENTS (eu_eea); i++)
      {
        g_autofree char *name = calf_emergency_describe_territory (eu_eea[i]);

        g_assert_cmpuint (strlen (name), >, 2);
      }
  }
}

static void
set_locale (const char *lc_telephone,
            const char *lc_address,
            const char *lc_all,
            const char *lang)
{
  const char *variables[] = { "LC_TELEPHONE", "LC_ADDRESS", "LC_ALL", "LANG" };
  const char *values[] = { lc_telephone, lc_address, lc_all, lang };

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      if (values[i] != NULL)
        g_setenv (variables[i], values[i], TRUE);
      else
        g_unsetenv (variables[i]);
    }
}

/* Where the person is comes from the telephone settings, then the address,
 * then the whole locale: the first that names a territory. The language
 * of the interface does not decide. */
static void
test_environment (void)
{
  static const struct { const char *telephone, *address, *all, *lang, *number; } cases[] = {
    { NULL, NULL, NULL, NULL, "112" },
    { NULL, NULL, NULL, "C", "112" },
    { NULL, NULL, "C.UTF-8", NULL, "112" },
    { "en_AU.UTF-8", NULL, "C.UTF-8", NULL, "000" },
    { "en_NZ.UTF-8", NULL, NULL, "en_GB.UTF-8", "111" },
    { "de_DE.UTF-8", NULL, NULL, "en_US.UTF-8", "112" },
    { "en_GB.UTF-8", NULL, NULL, NULL, "999" },
    { "en_US.UTF-8", NULL, NULL, NULL, "911" },
    { "ja_JP.UTF-8", NULL, NULL, NULL, "119" },
    { NULL, "en_AU.UTF-8", "en_US.UTF-8", NULL, "000" },
    { "C", "en_NZ.UTF-8", NULL, NULL, "111" },
    { "", "", "en_GB.UTF-8", "en_US.UTF-8", "999" },
    { NULL, NULL, "C.UTF-8", "en_US.UTF-8", "911" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      set_locale (cases[i].telephone, cases[i].address, cases[i].all, cases[i].lang);
      g_assert_cmpstr (calf_emergency_get_automatic_number (), ==, cases[i].number);
    }

  /* Nor does the language preferred for messages (issue 16): German words
   * in Britain, English words in Germany. */
  g_setenv ("LANGUAGE", "de", TRUE);
  set_locale (NULL, NULL, NULL, "en_GB.UTF-8");
  g_assert_cmpstr (calf_emergency_get_automatic_number (), ==, "999");
  g_setenv ("LANGUAGE", "en_US:es", TRUE);
  set_locale (NULL, NULL, NULL, "de_DE.UTF-8");
  g_assert_cmpstr (calf_emergency_get_automatic_number (), ==, "112");
  g_unsetenv ("LANGUAGE");
  set_locale (NULL, NULL, NULL, NULL);
}

static void
test_valid (void)
{
  const char *valid[] = { "112", "999", "911", "000", "1 1 2", "123456789012345" };
  const char *invalid[] = { "", "1", "abc", "11a", " 112", "112 ", "+112", "1234567890123456", "11-2" };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (calf_emergency_number_is_valid (valid[i]));
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    g_assert_false (calf_emergency_number_is_valid (invalid[i]));
  g_assert_false (calf_emergency_number_is_valid (NULL));
}

/* The GSettings keys override the region; an invalid custom number is ignored. */
static void
test_settings (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *automatic = NULL;
  g_autofree char *custom = NULL;
  g_autofree char *invalid = NULL;
  g_autofree char *none = NULL;

  set_locale (NULL, NULL, "en_CA.UTF-8", NULL);
  settings = g_settings_new (APPLICATION_ID);

  g_assert_true (g_settings_get_boolean (settings, "emergency-number-automatic"));
  automatic = calf_emergency_get_number (settings);
  g_assert_cmpstr (automatic, ==, "911");

  g_settings_set_string (settings, "emergency-number", "000");
  g_free (automatic);
  automatic = calf_emergency_get_number (settings);
  g_assert_cmpstr (automatic, ==, "911");

  g_settings_set_boolean (settings, "emergency-number-automatic", FALSE);
  custom = calf_emergency_get_number (settings);
  g_assert_cmpstr (custom, ==, "000");

  g_settings_set_string (settings, "emergency-number", "call me");
  invalid = calf_emergency_get_number (settings);
  g_assert_cmpstr (invalid, ==, "911");

  none = calf_emergency_get_number (NULL);
  g_assert_cmpstr (none, ==, "911");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/emergency/territory", test_territory);
  g_test_add_func ("/emergency/numbers", test_numbers);
  g_test_add_func ("/emergency/environment", test_environment);
  g_test_add_func ("/emergency/valid", test_valid);
  g_test_add_func ("/emergency/settings", test_settings);

  return g_test_run ();
}
