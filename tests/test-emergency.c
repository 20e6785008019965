/* test-emergency.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-emergency"

#include "config.h"

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

static void
test_numbers (void)
{
  g_assert_cmpstr (calf_emergency_number_for_territory ("GB"), ==, "999");
  g_assert_cmpstr (calf_emergency_number_for_territory ("UK"), ==, "999");
  g_assert_cmpstr (calf_emergency_number_for_territory ("gb"), ==, "999");
  g_assert_cmpstr (calf_emergency_number_for_territory ("US"), ==, "911");
  g_assert_cmpstr (calf_emergency_number_for_territory ("CA"), ==, "911");
  g_assert_cmpstr (calf_emergency_number_for_territory ("DE"), ==, "112");
  g_assert_cmpstr (calf_emergency_number_for_territory ("FR"), ==, "112");
  g_assert_cmpstr (calf_emergency_number_for_territory (NULL), ==, "112");
}

/* LC_ALL wins over LC_MESSAGES, which wins over LANG; empty ones are skipped. */
static void
test_environment (void)
{
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  g_unsetenv ("LANG");
  g_assert_cmpstr (calf_emergency_get_automatic_number (), ==, "112");

  g_setenv ("LANG", "en_US.UTF-8", TRUE);
  g_assert_cmpstr (calf_emergency_get_automatic_number (), ==, "911");
  g_setenv ("LC_MESSAGES", "en_GB.UTF-8", TRUE);
  g_assert_cmpstr (calf_emergency_get_automatic_number (), ==, "999");
  g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
  g_assert_cmpstr (calf_emergency_get_automatic_number (), ==, "112");
  g_setenv ("LC_ALL", "", TRUE);
  g_assert_cmpstr (calf_emergency_get_automatic_number (), ==, "999");
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_assert_cmpstr (calf_emergency_get_automatic_number (), ==, "112");
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

  g_setenv ("LC_ALL", "en_CA.UTF-8", TRUE);
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
