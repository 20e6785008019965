/* calf-database-rules.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-database"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "calf-database-private.h"

/* Tests and rules: see "Test and Rule" in data/README.md. */

#define MAX_AGE 150.0
/* Bounds for at_least/below on number findings; real limits are the finding's. */
#define MAX_BOUND 1e9

static const char * const test_keys[] = {
  "finding", "value", "unsure", "at_least", "below", "age_at_least", "age_below",
  "sex", "region", "side",
};

static gboolean
has (JsonObject *object,
     const char *key)
{
  return json_object_has_member (object, key);
}

static gboolean
check_bounds (CalfLoader *loader,
              JsonObject *object,
              const char *at_least_key,
              const char *below_key,
              double      min,
              double      max,
              CalfTest   *test)
{
  gboolean ok = TRUE;

  if (!has (object, at_least_key) && !has (object, below_key))
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                           /* Translators: the two %s are JSON keys, e.g. "at_least" and
                            * "below": keep them in English. A test checks one fact about the
                            * person. */
                           _("give \"%s\" and/or \"%s\" for this test"), at_least_key, below_key);
      return FALSE;
    }

  if (has (object, at_least_key))
    ok &= calf_loader_get_number (loader, object, at_least_key, min, max, &test->at_least);
  if (has (object, below_key))
    ok &= calf_loader_get_number (loader, object, below_key, min, max, &test->below);

  if (ok && !(test->at_least < test->below))
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                           /* Translators: the two %s are JSON keys such as "at_least" and
                            * "below": keep them in English. */
                           _("\"%s\" must be less than \"%s\": no value could pass this test"),
                           at_least_key, below_key);
      ok = FALSE;
    }

  return ok;
}

static gboolean
reject_keys (CalfLoader         *loader,
             JsonObject         *object,
             const char * const *keys,
             guint               n_keys,
             const char         *subject)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < n_keys; i++)
    {
      if (has (object, keys[i]))
        {
          calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                               /* Translators: the first %s is a JSON key, e.g. "at_least"; the
                                * second says what the test is on, e.g. "a finding" (translated
                                * separately). */
                               _("\"%s\" does not apply to a test on %s: remove it"), keys[i], subject);
          ok = FALSE;
        }
    }

  return ok;
}

static gboolean
parse_finding_test (CalfLoader *loader,
                    JsonObject *object,
                    CalfTest   *test)
{
  static const char * const age_keys[] = { "age_at_least", "age_below" };
  CalfFinding *finding;
  /* Translators: put after "does not apply to a test on" in an error message: a finding is one
   * fact about the person. */
  gboolean ok = reject_keys (loader, object, age_keys, G_N_ELEMENTS (age_keys), _("a finding"));

  test->kind = CALF_TEST_FINDING;
  finding = calf_loader_get_ref (loader, object, "finding", CALF_COLLECTION_FINDINGS);
  if (finding == NULL)
    return FALSE;
  test->finding = finding;

  /* "Not sure" was the answer: the value stays unknown. */
  if (has (object, "unsure"))
    {
      static const char * const value_keys[] = { "value", "at_least", "below" };
      gboolean unsure = FALSE;

      /* Translators: put after "does not apply to a test on" in an error message. "Not sure" is
       * the answer of that name. */
      ok &= reject_keys (loader, object, value_keys, G_N_ELEMENTS (value_keys), _("an answer of \"Not sure\""));
      ok &= calf_loader_get_bool (loader, object, "unsure", &unsure);
      if (ok && !unsure)
        {
          gsize saved = calf_loader_push_key (loader, "unsure");
          calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                               /* Translators: a test on an answer of "Not sure". JSON keys in
                                * quotes stay in English. */
                               _("\"unsure\" can only be true: to test for a known answer use \"value\""));
          calf_loader_pop (loader, saved);
          ok = FALSE;
        }
      if (ok && finding->category == CALF_FINDING_CATEGORY_DERIVED)
        {
          calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                               /* Translators: %s is a finding id. A worked-out (derived)
                                * finding is computed by the program, never asked; "unsure" is a
                                * JSON key: keep it in English. */
                               _("\"%s\" is worked out, never answered, so it cannot be \"unsure\""), finding->id);
          ok = FALSE;
        }
      test->unsure = TRUE;
      return ok;
    }

  if (finding->type == CALF_FINDING_BOOLEAN)
    {
      static const char * const number_keys[] = { "at_least", "below" };

      /* Translators: put after "does not apply to a test on" in an error message. JSON keys in
       * quotes stay in English. */
      ok &= reject_keys (loader, object, number_keys, G_N_ELEMENTS (number_keys), _("a yes/no finding (use \"value\")"));
      if (!has (object, "value"))
        {
          calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                               /* Translators: %s is a finding id; "value" is a JSON key: keep
                                * it in English. */
                               _("a test on the yes/no finding \"%s\" needs \"value\": true or false"), finding->id);
          return FALSE;
        }
      ok &= calf_loader_get_bool (loader, object, "value", &test->value);
    }
  else
    {
      static const char * const bool_keys[] = { "value" };

      /* Translators: put after "does not apply to a test on" in an error message. JSON keys in
       * quotes stay in English. */
      ok &= reject_keys (loader, object, bool_keys, G_N_ELEMENTS (bool_keys), _("a number finding (use \"at_least\" and/or \"below\")"));
      ok &= check_bounds (loader, object, "at_least", "below", -MAX_BOUND, MAX_BOUND, test);
    }

  return ok;
}

/**
 * calf_loader_parse_test:
 * @extra_keys: (nullable): more allowed keys ('*' = required), NULL-terminated
 *
 * Returns: %TRUE when @test is complete and valid
 */
gboolean
calf_loader_parse_test (CalfLoader         *loader,
                        JsonObject         *object,
                        const char * const *extra_keys,
                        CalfTest           *test)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  static const char * const finding_keys[] = { "value", "unsure", "at_least", "below" };
  static const char * const age_keys[] = { "age_at_least", "age_below" };
  const char *subjects[5];
  guint n_subjects = 0;
  gboolean ok = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (test_keys); i++)
    g_ptr_array_add (keys, (gpointer) test_keys[i]);
  for (guint i = 0; extra_keys != NULL && extra_keys[i] != NULL; i++)
    g_ptr_array_add (keys, (gpointer) extra_keys[i]);
  g_ptr_array_add (keys, NULL);

  calf_loader_check_keys (loader, object, (const char * const *) keys->pdata);

  test->at_least = -INFINITY;
  test->below = INFINITY;

  if (has (object, "finding"))
    subjects[n_subjects++] = "finding";
  if (has (object, "age_at_least") || has (object, "age_below"))
    subjects[n_subjects++] = "age_at_least/age_below";
  if (has (object, "sex"))
    subjects[n_subjects++] = "sex";
  if (has (object, "region"))
    subjects[n_subjects++] = "region";
  if (has (object, "side"))
    subjects[n_subjects++] = "side";

  if (n_subjects == 0)
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                           /* Translators: a test checks one fact about the person. JSON keys in
                            * quotes stay in English. */
                           _("a test needs one subject: \"finding\", \"age_at_least\"/\"age_below\", \"sex\", \"region\" or \"side\""));
      return FALSE;
    }
  if (n_subjects > 1)
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                           /* Translators: the two %s are JSON keys, e.g. "finding" and "sex":
                            * keep them in English. */
                           _("a test has exactly one subject, this one has \"%s\" and \"%s\": split it into two tests"),
                           subjects[0], subjects[1]);
      return FALSE;
    }

  if (has (object, "finding"))
    return parse_finding_test (loader, object, test);

  ok = reject_keys (loader, object, finding_keys, G_N_ELEMENTS (finding_keys), subjects[0]);

  if (has (object, "age_at_least") || has (object, "age_below"))
    {
      test->kind = CALF_TEST_AGE;
      ok &= check_bounds (loader, object, "age_at_least", "age_below", 0, MAX_AGE, test);
      return ok;
    }

  ok &= reject_keys (loader, object, age_keys, G_N_ELEMENTS (age_keys), subjects[0]);

  if (has (object, "sex"))
    {
      const char *text = calf_loader_get_text (loader, object, "sex");

      test->kind = CALF_TEST_SEX;
      if (text == NULL)
        return FALSE;
      if (!calf_sex_from_string (text, &test->sex))
        {
          gsize saved = calf_loader_push_key (loader, "sex");
          calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                               _("unknown sex \"%s\": use \"female\" or \"male\""), text);
          calf_loader_pop (loader, saved);
          return FALSE;
        }
      return ok;
    }

  if (has (object, "region"))
    {
      JsonArray *array = calf_loader_get_array (loader, object, "region", TRUE);

      test->kind = CALF_TEST_REGION;
      test->regions = calf_loader_get_refs (loader, object, "region", CALF_COLLECTION_REGIONS, TRUE);
      return ok && array != NULL && test->regions->len == json_array_get_length (array);
    }

  {
    const char *text = calf_loader_get_text (loader, object, "side");

    test->kind = CALF_TEST_SIDE;
    if (text == NULL)
      return FALSE;
    if (!calf_side_from_string (text, &test->side))
      {
        gsize saved = calf_loader_push_key (loader, "side");
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: %s is the value found; "left", "right" and "both"
                              * are JSON values: keep them in English. */
                             _("unknown side \"%s\": use \"left\", \"right\" or \"both\""), text);
        calf_loader_pop (loader, saved);
        return FALSE;
      }
  }

  return ok;
}

static GPtrArray *
tests_from_array (CalfLoader *loader,
                  JsonArray  *array)
{
  GPtrArray *tests = calf_database_new_ptr_array (loader->db);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      gsize saved = calf_loader_push_index (loader, i);
      JsonObject *object = calf_loader_node_object (loader, json_array_get_element (array, i));

      if (object != NULL)
        {
          CalfTest *test = calf_database_alloc (loader->db, sizeof (CalfTest));

          if (calf_loader_parse_test (loader, object, NULL, test))
            g_ptr_array_add (tests, test);
        }

      calf_loader_pop (loader, saved);
    }

  return tests;
}

/* Always returns an array, possibly empty. */
GPtrArray *
calf_loader_get_tests (CalfLoader *loader,
                       JsonObject *object,
                       const char *key,
                       gboolean    non_empty)
{
  JsonArray *array = calf_loader_get_array (loader, object, key, non_empty);
  GPtrArray *tests;
  gsize saved;

  saved = calf_loader_push_key (loader, key);
  tests = tests_from_array (loader, array);
  calf_loader_pop (loader, saved);

  return tests;
}

/* NULL when the key is absent or the rule is not valid (then reported). */
const CalfRule *
calf_loader_get_rule (CalfLoader *loader,
                      JsonObject *object,
                      const char *key)
{
  static const char * const rule_keys[] = { "all", "any", "none", NULL };
  JsonObject *rule_object = calf_loader_get_object (loader, object, key);
  CalfRule *rule;
  gsize saved;

  if (rule_object == NULL)
    return NULL;

  saved = calf_loader_push_key (loader, key);
  calf_loader_check_keys (loader, rule_object, rule_keys);

  rule = calf_database_alloc (loader->db, sizeof (CalfRule));
  rule->all = calf_loader_get_tests (loader, rule_object, "all", FALSE);
  rule->any = calf_loader_get_tests (loader, rule_object, "any", FALSE);
  rule->none = calf_loader_get_tests (loader, rule_object, "none", FALSE);

  if (json_object_get_size (rule_object) > 0 &&
      rule->all->len == 0 && rule->any->len == 0 && rule->none->len == 0)
    {
      gboolean any_entries = FALSE;

      /* Only complain when there was nothing to report about the tests. */
      for (guint i = 0; i < G_N_ELEMENTS (rule_keys) - 1; i++)
        {
          JsonNode *node = json_object_get_member (rule_object, rule_keys[i]);

          if (node != NULL && JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) > 0)
            any_entries = TRUE;
        }

      if (!any_entries)
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: a rule combines tests on the answers. "all", "any"
                              * and "none" are JSON keys: keep them in English. */
                             _("a rule needs at least one test in \"all\", \"any\" or \"none\""));
      rule = NULL;
    }
  else if (json_object_get_size (rule_object) == 0)
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                           _("a rule needs at least one test in \"all\", \"any\" or \"none\""));
      rule = NULL;
    }

  calf_loader_pop (loader, saved);
  return rule;
}

static void
add_positive (GPtrArray  *tests,
              GHashTable *findings)
{
  for (guint i = 0; i < tests->len; i++)
    {
      const CalfTest *test = tests->pdata[i];

      if (test->kind == CALF_TEST_FINDING &&
          (test->finding->type != CALF_FINDING_BOOLEAN || test->value))
        g_hash_table_add (findings, (gpointer) test->finding);
    }
}

/* Adds to @findings every finding tested in the `all` or `any` part of
 * @rule (with value true for a yes/no finding): those that can make the
 * rule hold. */
void
calf_rule_add_positive_findings (const CalfRule *rule,
                                 GHashTable     *findings)
{
  if (rule == NULL)
    return;

  add_positive (rule->all, findings);
  add_positive (rule->any, findings);
}
