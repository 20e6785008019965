/* calf-database-validate.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-database"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-database-private.h"

/* Pass 3: rules about the database as a whole (coverage, exactly-one,
 * no cycles), reported at the element they concern. */

static void
at_item (CalfLoader     *loader,
         CalfCollection  collection,
         const CalfItem *item)
{
  loader->file = item->file;
  g_string_truncate (loader->path, 0);
  calf_loader_push_key (loader, calf_collection_key (collection));
  calf_loader_push_index (loader, item->index);
}

/* Items whose record is the indexed one (not a duplicate or broken id). */
static gboolean
is_indexed (CalfLoader     *loader,
            CalfCollection  collection,
            const CalfItem *item)
{
  const char *id = item->record != NULL ? *(const char **) item->record : NULL;

  return id != NULL && g_hash_table_lookup (loader->db->by_id[collection], id) == item->record;
}

static void
at_first_file (CalfLoader *loader)
{
  loader->file = loader->first_file;
  g_string_truncate (loader->path, 0);
}

static void
check_triage_and_bands (CalfLoader *loader)
{
  CalfDatabase *db = loader->db;
  GPtrArray *bands = db->lists[CALF_COLLECTION_BANDS];
  gboolean has_zero = FALSE;

  for (guint level = 0; level < CALF_N_TRIAGE_LEVELS; level++)
    {
      if (!db->has_triage[level])
        {
          at_first_file (loader);
          calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                               /* Translators: %s is a triage level (how soon to get help) in
                                * English. The level names and triage_levels are JSON: keep them
                                * in English. */
                               _("triage_levels: level \"%s\" is missing: describe all four levels (emergency, urgent, soon, self-care)"),
                               calf_triage_level_to_string (level));
        }
    }

  for (guint i = 0; i < bands->len; i++)
    has_zero |= ((const CalfLikelihoodBand *) bands->pdata[i])->min_score == 0;

  if (!has_zero)
    {
      at_first_file (loader);
      calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                           /* Translators: a likelihood band gives words such as "Strong match"
                            * to a range of scores. likelihood_bands and the other JSON keys
                            * stay in English. */
                           _("likelihood_bands: no band has \"min_score\": 0: add one so every score has words"));
    }
}

static int
compare_bands (gconstpointer a,
               gconstpointer b)
{
  const CalfLikelihoodBand *band_a = *(const CalfLikelihoodBand * const *) a;
  const CalfLikelihoodBand *band_b = *(const CalfLikelihoodBand * const *) b;

  return (band_a->min_score < band_b->min_score) - (band_a->min_score > band_b->min_score);
}

/* Linear in the size of the database: any input must validate quickly. */
static void
check_regions (CalfLoader *loader)
{
  GPtrArray *questions = loader->db->lists[CALF_COLLECTION_QUESTIONS];
  GPtrArray *all_regions = loader->db->lists[CALF_COLLECTION_REGIONS];
  GArray *items = loader->items[CALF_COLLECTION_REGIONS];
  g_autoptr(GHashTable) screened_set = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) asked_set = g_hash_table_new (NULL, NULL);
  gboolean all_screened = FALSE, all_asked = FALSE;

  /* The engine keeps the regions of a rule in one 64-bit mask. */
  if (all_regions->len > CALF_DATABASE_MAX_REGIONS)
    {
      at_first_file (loader);
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                           /* Translators: %u is how many regions (areas of the leg) the
                            * database has, %d the most allowed, e.g. 64. */
                           _("regions: %u regions, but Calf Check handles at most %d: merge or remove some"),
                           all_regions->len, CALF_DATABASE_MAX_REGIONS);
    }

  for (guint q = 0; q < questions->len; q++)
    {
      const CalfQuestion *question = questions->pdata[q];

      if (question->regions == NULL)
        continue;

      /* "all" shares the list of every region. */
      if (question->regions == all_regions)
        {
          all_screened |= question->red_flag_screen;
          all_asked |= !question->red_flag_screen;
          continue;
        }

      for (guint r = 0; r < question->regions->len; r++)
        g_hash_table_add (question->red_flag_screen ? screened_set : asked_set,
                          question->regions->pdata[r]);
    }

  for (guint i = 0; i < items->len; i++)
    {
      const CalfItem *item = &g_array_index (items, CalfItem, i);
      gboolean screened, asked;

      if (!is_indexed (loader, CALF_COLLECTION_REGIONS, item))
        continue;

      screened = all_screened || g_hash_table_contains (screened_set, item->record);
      asked = all_asked || g_hash_table_contains (asked_set, item->record);

      at_item (loader, CALF_COLLECTION_REGIONS, item);
      if (!screened)
        calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                             /* Translators: %s is a region id. The red-flag screen is the first
                              * questions, about warning signs. JSON keys in quotes stay in
                              * English. */
                             _("no red-flag screen question covers region \"%s\": add it to the \"regions\" of one"),
                             ((const CalfRegion *) item->record)->id);
      if (!asked)
        calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                             /* Translators: %s is a region id, e.g. "mid-calf". The red-flag
                              * screen is the first questions, about warning signs. */
                             _("region \"%s\" has no question apart from the red-flag screen: add at least one"),
                             ((const CalfRegion *) item->record)->id);
    }
}

/* Findings some answer can set. */
static GHashTable *
answerable_findings (CalfDatabase *db)
{
  GHashTable *set = g_hash_table_new (NULL, NULL);
  GPtrArray *questions = db->lists[CALF_COLLECTION_QUESTIONS];

  for (guint q = 0; q < questions->len; q++)
    {
      const CalfQuestion *question = questions->pdata[q];

      if (question->finding != NULL)
        g_hash_table_add (set, (gpointer) question->finding);

      for (guint c = 0; question->choices != NULL && c < question->choices->len; c++)
        {
          const CalfChoice *choice = question->choices->pdata[c];

          for (guint s = 0; choice->sets != NULL && s < choice->sets->len; s++)
            g_hash_table_add (set, (gpointer) g_array_index (choice->sets, CalfFindingValue, s).finding);
        }
    }

  return set;
}

/* Findings that a self-test question asks (a squeeze test, feeling for a
 * gap): a lay test can raise a dangerous cause but never clear it. */
static GHashTable *
self_test_findings (CalfDatabase *db)
{
  GHashTable *set = g_hash_table_new (NULL, NULL);
  GPtrArray *questions = db->lists[CALF_COLLECTION_QUESTIONS];

  for (guint q = 0; q < questions->len; q++)
    {
      const CalfQuestion *question = questions->pdata[q];

      if (question->self_test && question->finding != NULL)
        g_hash_table_add (set, (gpointer) question->finding);
    }
  return set;
}

static void
check_self_tests (CalfLoader         *loader,
                  const CalfCondition *condition,
                  GHashTable         *self_tests)
{
  for (guint e = 0; e < condition->scoring->evidence->len; e++)
    {
      const CalfEvidence *evidence = &g_array_index (condition->scoring->evidence, CalfEvidence, e);

      /* Evidence counts its weight when its test holds: below zero, the
       * answer counts against the cause. */
      if (evidence->test.kind != CALF_TEST_FINDING || !g_hash_table_contains (self_tests, evidence->test.finding))
        continue;
      if (evidence->weight < 0)
        calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                             /* Translators: the first %s is a finding id, the second a
                              * condition id. A safety net keeps a dangerous cause listed until
                              * it is ruled out; a self-test is a test the person does on the
                              * leg. */
                             _("finding \"%s\" comes from a self-test and may not count against condition \"%s\", which has a safety net (a lay test can raise a dangerous cause but never clear it): remove that evidence"),
                             evidence->test.finding->id, condition->id);
    }
}

static void
check_conditions (CalfLoader *loader,
                  GHashTable *answerable)
{
  g_autoptr(GHashTable) self_tests = self_test_findings (loader->db);

  GArray *items = loader->items[CALF_COLLECTION_CONDITIONS];

  for (guint i = 0; i < items->len; i++)
    {
      const CalfItem *item = &g_array_index (items, CalfItem, i);
      const CalfCondition *condition = item->record;
      gboolean raised = FALSE;

      if (!is_indexed (loader, CALF_COLLECTION_CONDITIONS, item))
        continue;

      at_item (loader, CALF_COLLECTION_CONDITIONS, item);

      if (condition->scoring == NULL)
        {
          calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                               /* Translators: %s is a condition id; condition_scoring is a JSON
                                * key: keep it in English. */
                               _("condition \"%s\" has no entry in condition_scoring: add exactly one"),
                               condition->id);
          continue;
        }

      for (guint e = 0; e < condition->scoring->evidence->len && !raised; e++)
        {
          const CalfEvidence *evidence = &g_array_index (condition->scoring->evidence, CalfEvidence, e);

          raised = evidence->weight > 0 && evidence->test.kind == CALF_TEST_FINDING &&
                   (g_hash_table_contains (answerable, evidence->test.finding) ||
                    evidence->test.finding->category == CALF_FINDING_CATEGORY_DERIVED);
        }

      if (!raised)
        calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                             /* Translators: %s is a condition (possible cause) id. Evidence is
                              * a finding with a weight that counts for or against it. */
                             _("no answer can raise condition \"%s\": its scoring needs evidence with a positive weight on a finding that a question asks"),
                             condition->id);
      if (condition->scoring->has_safety_net)
        check_self_tests (loader, condition, self_tests);
    }
}

static void
check_findings (CalfLoader *loader,
                GHashTable *answerable)
{
  GPtrArray *safety = loader->db->lists[CALF_COLLECTION_SAFETY];
  GArray *items = loader->items[CALF_COLLECTION_FINDINGS];
  g_autoptr(GHashTable) with_level = g_hash_table_new (NULL, NULL);

  /* Findings that can trigger a statement with an action level. */
  for (guint s = 0; s < safety->len; s++)
    {
      const CalfSafetyStatement *statement = safety->pdata[s];

      if (statement->has_level)
        calf_rule_add_positive_findings (statement->trigger, with_level);
    }

  for (guint i = 0; i < items->len; i++)
    {
      const CalfItem *item = &g_array_index (items, CalfItem, i);
      const CalfFinding *finding = item->record;

      if (!is_indexed (loader, CALF_COLLECTION_FINDINGS, item))
        continue;

      at_item (loader, CALF_COLLECTION_FINDINGS, item);

      if (finding->category == CALF_FINDING_CATEGORY_DERIVED)
        {
          if (finding->derived == NULL && finding->derived_count == NULL && finding->derived_norm == NULL)
            calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                                 /* Translators: %s is a finding id. A derived finding is worked
                                  * out by the program; a norm is a table of typical self-test
                                  * results. JSON keys in quotes stay in English. */
                                 _("derived finding \"%s\" has no source: give it \"derived\", \"derived_count\" or a norm"),
                                 finding->id);
        }
      else if (!g_hash_table_contains (answerable, finding))
        calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                             /* Translators: %s is a finding id: one fact about the person that
                              * an answer sets. */
                             _("no question sets finding \"%s\": add a question for it or remove it"),
                             finding->id);

      if (finding->red_flag && !g_hash_table_contains (with_level, finding))
        calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                             /* Translators: %s is a finding id. A red-flag finding is a warning
                              * sign; a safety statement is a line of safety advice. JSON keys
                              * in quotes stay in English. */
                             _("red-flag finding \"%s\" has no action level: add it to the \"trigger\" of a safety statement with a \"level\""),
                             finding->id);
    }
}

static void
add_dependencies (GHashTable        *deps,
                  const CalfFinding *finding,
                  GPtrArray         *tests)
{
  for (guint i = 0; tests != NULL && i < tests->len; i++)
    {
      const CalfTest *test = tests->pdata[i];

      if (test->kind == CALF_TEST_FINDING && test->finding->category == CALF_FINDING_CATEGORY_DERIVED)
        {
          GPtrArray *list = g_hash_table_lookup (deps, finding);

          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (deps, (gpointer) finding, list);
            }
          g_ptr_array_add (list, (gpointer) test->finding);
        }
    }
}

/* A derived finding may use other derived findings, but not in a circle:
 * the engine could never finish. Kahn's algorithm, without recursion. */
static void
check_derivation_cycles (CalfLoader *loader)
{
  GPtrArray *findings = loader->db->lists[CALF_COLLECTION_FINDINGS];
  g_autoptr(GHashTable) deps = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) users = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) pending = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) ready = g_ptr_array_new ();
  /* How many derived findings deep each one is (1: only answers). */
  g_autoptr(GHashTable) depth = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < findings->len; i++)
    {
      const CalfFinding *finding = findings->pdata[i];

      if (finding->derived != NULL)
        {
          add_dependencies (deps, finding, finding->derived->all);
          add_dependencies (deps, finding, finding->derived->any);
          add_dependencies (deps, finding, finding->derived->none);
        }
      add_dependencies (deps, finding, finding->derived_count);
    }

  g_hash_table_iter_init (&iter, deps);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *list = value;

      g_hash_table_insert (pending, key, GUINT_TO_POINTER (list->len));
      for (guint i = 0; i < list->len; i++)
        {
          GPtrArray *user_list = g_hash_table_lookup (users, list->pdata[i]);

          if (user_list == NULL)
            {
              user_list = g_ptr_array_new ();
              g_hash_table_insert (users, list->pdata[i], user_list);
            }
          g_ptr_array_add (user_list, key);
        }
    }

  /* Findings nobody waits for are done; release their users. */
  for (guint i = 0; i < findings->len; i++)
    {
      if (!g_hash_table_contains (pending, findings->pdata[i]))
        g_ptr_array_add (ready, findings->pdata[i]);
    }

  while (ready->len > 0)
    {
      gpointer done = g_ptr_array_steal_index_fast (ready, ready->len - 1);
      GPtrArray *user_list = g_hash_table_lookup (users, done);
      guint done_depth = GPOINTER_TO_UINT (g_hash_table_lookup (depth, done));

      for (guint i = 0; user_list != NULL && i < user_list->len; i++)
        {
          guint left = GPOINTER_TO_UINT (g_hash_table_lookup (pending, user_list->pdata[i]));
          guint user_depth = GPOINTER_TO_UINT (g_hash_table_lookup (depth, user_list->pdata[i]));

          if (done_depth + 1 > user_depth)
            g_hash_table_insert (depth, user_list->pdata[i], GUINT_TO_POINTER (done_depth + 1));

          g_assert (left > 0);
          if (left == 1)
            {
              g_hash_table_remove (pending, user_list->pdata[i]);
              g_ptr_array_add (ready, user_list->pdata[i]);
            }
          else
            g_hash_table_insert (pending, user_list->pdata[i], GUINT_TO_POINTER (left - 1));
        }
    }

  for (guint i = 0; i < loader->items[CALF_COLLECTION_FINDINGS]->len; i++)
    {
      const CalfItem *item = &g_array_index (loader->items[CALF_COLLECTION_FINDINGS], CalfItem, i);

      if (!is_indexed (loader, CALF_COLLECTION_FINDINGS, item))
        continue;
      if (g_hash_table_contains (pending, item->record))
        {
          at_item (loader, CALF_COLLECTION_FINDINGS, item);
          calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                               /* Translators: %s is a finding id. A derived finding is worked
                                * out by the program from other findings. */
                               _("derived finding \"%s\" depends on itself through other derived findings: break the circle"),
                               ((const CalfFinding *) item->record)->id);
        }
      /* The engine settles derived findings in this many passes. */
      else if (GPOINTER_TO_UINT (g_hash_table_lookup (depth, item->record)) >= CALF_DATABASE_MAX_DERIVED_DEPTH)
        {
          at_item (loader, CALF_COLLECTION_FINDINGS, item);
          calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                               /* Translators: %s is a finding id; both %d are the longest chain
                                * allowed, e.g. 4. A derived finding is worked out by the
                                * program from other findings. */
                               _("derived finding \"%s\" is built on a chain of more than %d derived findings: "
                                 "Calf Check follows at most %d; derive it from answers more directly"),
                               ((const CalfFinding *) item->record)->id, CALF_DATABASE_MAX_DERIVED_DEPTH,
                               CALF_DATABASE_MAX_DERIVED_DEPTH);
        }
    }
}

void
calf_loader_check_database (CalfLoader *loader)
{
  g_autoptr(GHashTable) answerable = answerable_findings (loader->db);

  check_triage_and_bands (loader);
  check_regions (loader);
  check_conditions (loader, answerable);
  check_findings (loader, answerable);
  check_derivation_cycles (loader);

  g_ptr_array_sort (loader->db->lists[CALF_COLLECTION_BANDS], compare_bands);
  g_string_truncate (loader->path, 0);
}
