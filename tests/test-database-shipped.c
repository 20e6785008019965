/* test-database-shipped.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-database"

#include "config.h"

#include <string.h>

#include "calf-database.h"

/* The database built into the program loads, validates (as a folder too)
 * and holds every id of the public contract (issue 3). */

static const struct {
  const char *id;
  const char *name;
} contract_regions[] = {
  { "back-of-knee", "Behind the knee" },
  { "upper-calf-inner", "Upper calf, inner side" },
  { "upper-calf-outer", "Upper calf, outer side" },
  { "mid-calf", "Middle of the calf" },
  { "lower-calf", "Lower calf" },
  { "achilles", "Achilles tendon" },
  { "heel", "Back of the heel" },
  { "whole-lower-leg", "Whole calf or lower leg" },
};

static const char * const contract_conditions[] = {
  "calf-strain", "calf-cramp", "bakers-cyst", "achilles-tendinopathy", "achilles-rupture", "dvt",
  "nerve-root-irritation", "muscle-imbalance", "peripheral-artery-disease",
  "popliteal-artery-entrapment", "chronic-exertional-compartment-syndrome",
  "acute-compartment-syndrome", "acute-limb-ischaemia", "benign-fasciculation", "restless-legs",
  "trigger-points", "cellulitis", "superficial-thrombophlebitis",
};

static const struct {
  const char *id;
  CalfFindingType type;
  double min, max;
} contract_findings[] = {
  { "sudden-onset-during-activity", CALF_FINDING_BOOLEAN, 0, 0 },
  { "felt-pop-or-kick", CALF_FINDING_BOOLEAN, 0, 0 },
  { "gradual-onset", CALF_FINDING_BOOLEAN, 0, 0 },
  { "training-increase", CALF_FINDING_BOOLEAN, 0, 0 },
  { "recent-leg-injury", CALF_FINDING_BOOLEAN, 0, 0 },
  { "duration-days", CALF_FINDING_NUMBER, 0, 3650 },
  { "pain-at-rest", CALF_FINDING_BOOLEAN, 0, 0 },
  { "pain-walking-eases-with-rest", CALF_FINDING_BOOLEAN, 0, 0 },
  { "pain-starts-when-still", CALF_FINDING_BOOLEAN, 0, 0 },
  { "pain-uphill-or-hurrying", CALF_FINDING_BOOLEAN, 0, 0 },
  { "pain-at-fixed-exercise-point", CALF_FINDING_BOOLEAN, 0, 0 },
  { "night-symptoms", CALF_FINDING_BOOLEAN, 0, 0 },
  { "cramp-episodes", CALF_FINDING_BOOLEAN, 0, 0 },
  { "muscle-twitching", CALF_FINDING_BOOLEAN, 0, 0 },
  { "urge-to-move-legs", CALF_FINDING_BOOLEAN, 0, 0 },
  { "pain-worse-toes-pulled-up", CALF_FINDING_BOOLEAN, 0, 0 },
  { "morning-stiffness", CALF_FINDING_BOOLEAN, 0, 0 },
  { "pain-score", CALF_FINDING_NUMBER, 0, 10 },
  { "bruising", CALF_FINDING_BOOLEAN, 0, 0 },
  { "calf-swelling-one-side", CALF_FINDING_BOOLEAN, 0, 0 },
  { "whole-leg-swollen", CALF_FINDING_BOOLEAN, 0, 0 },
  { "lump-behind-knee", CALF_FINDING_BOOLEAN, 0, 0 },
  { "red-warm-skin", CALF_FINDING_BOOLEAN, 0, 0 },
  { "spreading-redness", CALF_FINDING_BOOLEAN, 0, 0 },
  { "red-tender-cord", CALF_FINDING_BOOLEAN, 0, 0 },
  { "tender-knot", CALF_FINDING_BOOLEAN, 0, 0 },
  { "tendon-thickening", CALF_FINDING_BOOLEAN, 0, 0 },
  { "gap-in-tendon", CALF_FINDING_BOOLEAN, 0, 0 },
  { "calf-tightness", CALF_FINDING_BOOLEAN, 0, 0 },
  { "cannot-tiptoe", CALF_FINDING_BOOLEAN, 0, 0 },
  { "pain-on-tiptoe", CALF_FINDING_BOOLEAN, 0, 0 },
  { "hard-to-walk", CALF_FINDING_BOOLEAN, 0, 0 },
  { "squeeze-test-no-movement", CALF_FINDING_BOOLEAN, 0, 0 },
  { "heel-raise-count", CALF_FINDING_NUMBER, 0, 200 },
  { "knee-to-wall-cm", CALF_FINDING_NUMBER, 0, 30 },
  { "pins-and-needles", CALF_FINDING_BOOLEAN, 0, 0 },
  { "pain-from-back-or-buttock", CALF_FINDING_BOOLEAN, 0, 0 },
  { "back-pain", CALF_FINDING_BOOLEAN, 0, 0 },
  { "foot-weakness", CALF_FINDING_BOOLEAN, 0, 0 },
  { "recent-surgery-or-immobilisation", CALF_FINDING_BOOLEAN, 0, 0 },
  { "long-journey", CALF_FINDING_BOOLEAN, 0, 0 },
  { "previous-clot", CALF_FINDING_BOOLEAN, 0, 0 },
  { "active-cancer", CALF_FINDING_BOOLEAN, 0, 0 },
  { "pregnancy-or-oestrogen", CALF_FINDING_BOOLEAN, 0, 0 },
  { "smoker", CALF_FINDING_BOOLEAN, 0, 0 },
  { "diabetes", CALF_FINDING_BOOLEAN, 0, 0 },
  { "vascular-risk", CALF_FINDING_BOOLEAN, 0, 0 },
  { "knee-arthritis-or-swelling", CALF_FINDING_BOOLEAN, 0, 0 },
  { "heavy-sweating-or-dehydration", CALF_FINDING_BOOLEAN, 0, 0 },
  { "breathless-or-chest-pain", CALF_FINDING_BOOLEAN, 0, 0 },
  { "cold-pale-foot", CALF_FINDING_BOOLEAN, 0, 0 },
  { "tense-calf-severe-pain", CALF_FINDING_BOOLEAN, 0, 0 },
  { "fever-unwell", CALF_FINDING_BOOLEAN, 0, 0 },
  { "saddle-numbness-or-bladder", CALF_FINDING_BOOLEAN, 0, 0 },
  { "sciatica-both-legs", CALF_FINDING_BOOLEAN, 0, 0 },
  { "rest-pain-in-foot", CALF_FINDING_BOOLEAN, 0, 0 },
  { "colour-change-or-sore", CALF_FINDING_BOOLEAN, 0, 0 },
};

/* The red flags of the contract: each must be a red-flag finding. */
static const char * const contract_red_flags[] = {
  "breathless-or-chest-pain", "cold-pale-foot", "tense-calf-severe-pain", "fever-unwell",
  "saddle-numbness-or-bladder", "sciatica-both-legs", "rest-pain-in-foot", "colour-change-or-sore",
};

static CalfDatabase *
load_default (void)
{
  g_autoptr(GError) error = NULL;
  CalfDatabase *db = calf_database_new_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

static void
test_regions (void)
{
  g_autoptr(CalfDatabase) db = load_default ();
  GPtrArray *regions = calf_database_get_regions (db);

  g_assert_cmpuint (regions->len, ==, G_N_ELEMENTS (contract_regions));

  for (guint i = 0; i < G_N_ELEMENTS (contract_regions); i++)
    {
      const CalfRegion *region = calf_database_lookup_region (db, contract_regions[i].id);

      g_assert_nonnull (region);
      g_assert_cmpstr (region->name, ==, contract_regions[i].name);
      g_assert_cmpuint (region->typical_conditions->len, >, 0);
    }
}

static void
test_conditions (void)
{
  g_autoptr(CalfDatabase) db = load_default ();
  GPtrArray *conditions = calf_database_get_conditions (db);

  g_assert_cmpuint (conditions->len, >=, G_N_ELEMENTS (contract_conditions));

  for (guint i = 0; i < G_N_ELEMENTS (contract_conditions); i++)
    {
      const CalfCondition *condition = calf_database_lookup_condition (db, contract_conditions[i]);

      g_assert_nonnull (condition);
      g_assert_nonnull (condition->name);
      g_assert_cmpuint (condition->references->len, >, 0);
      g_assert_true (condition->self_care[0] != NULL || condition->see_doctor[0] != NULL);
      g_assert_nonnull (condition->scoring);
      g_assert_true (condition->scoring->condition == condition);
    }
}

static void
test_findings (void)
{
  g_autoptr(CalfDatabase) db = load_default ();

  for (guint i = 0; i < G_N_ELEMENTS (contract_findings); i++)
    {
      const CalfFinding *finding = calf_database_lookup_finding (db, contract_findings[i].id);

      if (finding == NULL)
        g_error ("contract finding “%s” is missing", contract_findings[i].id);
      g_assert_cmpint (finding->type, ==, contract_findings[i].type);
      g_assert_cmpint (finding->category, !=, CALF_FINDING_CATEGORY_DERIVED);
      if (finding->type == CALF_FINDING_NUMBER)
        {
          g_assert_cmpfloat (finding->min, ==, contract_findings[i].min);
          g_assert_cmpfloat (finding->max, ==, contract_findings[i].max);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (contract_red_flags); i++)
    g_assert_true (calf_database_lookup_finding (db, contract_red_flags[i])->red_flag);
}

static void
test_complete (void)
{
  g_autoptr(CalfDatabase) db = load_default ();

  g_assert_cmpint (calf_database_get_schema_version (db), ==, CALF_DATABASE_SCHEMA_VERSION);
  g_assert_nonnull (calf_database_get_version (db));
  g_assert_cmpuint (calf_database_get_questions (db)->len, >, 0);
  g_assert_cmpuint (calf_database_get_exercises (db)->len, >, 0);
  g_assert_cmpuint (calf_database_get_safety (db)->len, >, 0);
  g_assert_cmpuint (calf_database_get_likelihood_bands (db)->len, >, 0);

  for (CalfTriageLevel level = CALF_TRIAGE_SELF_CARE; level <= CALF_TRIAGE_EMERGENCY; level++)
    g_assert_nonnull (calf_database_get_triage_info (db, level)->title);
}

/* The source folder validates as the command line sees it. */
static void
test_source_folder_validates (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("CALF_SOURCE_DIR"), "data", "database", NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CalfDatabase) from_folder = NULL;
  g_autoptr(CalfDatabase) built_in = load_default ();
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (g_getenv ("CALF_SOURCE_DIR"));

  if (!calf_database_validate_path (path, problems))
    {
      g_ptr_array_add (problems, NULL);
      g_error ("data/database does not validate:\n%s", g_strjoinv ("\n", (char **) problems->pdata));
    }

  /* The GResource holds the same files (a stale build would differ). */
  from_folder = calf_database_new_for_path (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (calf_database_get_version (from_folder), ==, calf_database_get_version (built_in));
  g_assert_cmpuint (calf_database_get_findings (from_folder)->len, ==, calf_database_get_findings (built_in)->len);
  g_assert_cmpuint (calf_database_get_questions (from_folder)->len, ==, calf_database_get_questions (built_in)->len);
  g_assert_cmpuint (calf_database_get_condition_scoring (from_folder)->len, ==,
                    calf_database_get_condition_scoring (built_in)->len);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/database-shipped/regions", test_regions);
  g_test_add_func ("/database-shipped/conditions", test_conditions);
  g_test_add_func ("/database-shipped/findings", test_findings);
  g_test_add_func ("/database-shipped/complete", test_complete);
  g_test_add_func ("/database-shipped/source-folder-validates", test_source_folder_validates);

  return g_test_run ();
}
