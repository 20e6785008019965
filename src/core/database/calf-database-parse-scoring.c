/* calf-database-parse-scoring.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-database"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "calf-database-private.h"
#include "calf-database-params.h"

/* Pass 2 for exercises, safety statements, scoring, bands, triage levels,
 * norms and the engine numbers. */

#define MAX_LOG_ODDS 10.0
#define MAX_AGE      150.0

static gboolean
is_one_of (const char         *value,
           const char * const *allowed)
{
  for (guint i = 0; allowed[i] != NULL; i++)
    {
      if (g_str_equal (allowed[i], value))
        return TRUE;
    }
  return FALSE;
}

static void
parse_dose (CalfLoader *loader,
            JsonObject *object,
            CalfDose   *dose)
{
  static const char * const keys[] = {
    "*sets", "*reps", "*hold_seconds", "*rest_seconds", "*times_per_day", "*days_per_week",
    "*weeks", "note", NULL
  };
  JsonObject *dose_object = calf_loader_get_object (loader, object, "dose");
  gboolean has_reps, has_hold;
  gsize saved;

  if (dose_object == NULL)
    return;

  saved = calf_loader_push_key (loader, "dose");
  calf_loader_check_keys (loader, dose_object, keys);
  calf_loader_get_int (loader, dose_object, "sets", 1, 20, &dose->sets);
  has_reps = calf_loader_get_int (loader, dose_object, "reps", 0, 100, &dose->reps);
  has_hold = calf_loader_get_int (loader, dose_object, "hold_seconds", 0, 600, &dose->hold_seconds);
  calf_loader_get_int (loader, dose_object, "rest_seconds", 0, 600, &dose->rest_seconds);
  calf_loader_get_int (loader, dose_object, "times_per_day", 1, 6, &dose->times_per_day);
  calf_loader_get_int (loader, dose_object, "days_per_week", 1, 7, &dose->days_per_week);
  calf_loader_get_int (loader, dose_object, "weeks", 1, 52, &dose->weeks);
  dose->note = calf_loader_get_lay_text (loader, dose_object, "note");

  if (has_reps && has_hold && dose->reps == 0 && dose->hold_seconds == 0)
    calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                         /* Translators: a problem in an exercise's dose in the condition
                          * database. JSON keys in quotes stay in English. */
                         _("\"reps\" and \"hold_seconds\" are both 0: give at least one of them"));

  calf_loader_pop (loader, saved);
}

void
calf_loader_parse_exercise (CalfLoader *loader,
                            CalfItem   *item)
{
  static const char * const keys[] = {
    "*id", "*name", "*kind", "*purpose", "*steps", "*dose", "*feel", "*stop_if", "*cautions",
    "*contraindications", "*illustration", "*references", NULL
  };
  static const char * const contra_keys[] = { "*conditions", "*findings", NULL };
  static const char * const kinds[] = { "stretch", "strength", "mobility", "massage", "walking", "balance", NULL };
  CalfExercise *exercise = item->record;
  JsonObject *object = item->object;
  JsonObject *contra;
  const char *kind;

  calf_loader_check_keys (loader, object, keys);
  exercise->name = calf_loader_get_lay_text (loader, object, "name");

  kind = calf_loader_get_text (loader, object, "kind");
  if (kind != NULL && !is_one_of (kind, kinds))
    {
      gsize saved = calf_loader_push_key (loader, "kind");
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                           /* Translators: %s is the value found for an exercise's "kind"; the
                            * kinds listed are JSON values: keep them in English. */
                           _("unknown value \"%s\": use one of stretch, strength, mobility, massage, walking, balance"),
                           kind);
      calf_loader_pop (loader, saved);
    }
  else
    exercise->kind = kind;

  exercise->purpose = calf_loader_get_lay_text (loader, object, "purpose");
  exercise->steps = calf_loader_get_text_array (loader, object, "steps", TRUE);
  parse_dose (loader, object, &exercise->dose);
  exercise->feel = calf_loader_get_lay_text (loader, object, "feel");
  exercise->stop_if = calf_loader_get_lay_text (loader, object, "stop_if");
  exercise->cautions = calf_loader_get_text_array (loader, object, "cautions", FALSE);

  contra = calf_loader_get_object (loader, object, "contraindications");
  if (contra != NULL)
    {
      gsize saved = calf_loader_push_key (loader, "contraindications");

      calf_loader_check_keys (loader, contra, contra_keys);
      exercise->contraindicating_conditions =
        calf_loader_get_refs (loader, contra, "conditions", CALF_COLLECTION_CONDITIONS, FALSE);
      exercise->contraindicating_findings =
        calf_loader_get_refs (loader, contra, "findings", CALF_COLLECTION_FINDINGS, FALSE);

      for (guint i = 0; i < exercise->contraindicating_findings->len; i++)
        {
          const CalfFinding *finding = exercise->contraindicating_findings->pdata[i];

          if (finding->type != CALF_FINDING_BOOLEAN)
            calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                                 /* Translators: findings[%u] is a place in the JSON, counted
                                  * from 0; %s is a finding id. A finding is one fact about the
                                  * person: yes/no, or a number such as a count. */
                                 _("findings[%u]: \"%s\" is a number finding; only yes/no findings can contraindicate an exercise"),
                                 i, finding->id);
        }

      calf_loader_pop (loader, saved);
    }
  else
    {
      exercise->contraindicating_conditions = calf_database_new_ptr_array (loader->db);
      exercise->contraindicating_findings = calf_database_new_ptr_array (loader->db);
    }

  if (calf_loader_file_name_ok (loader, object, "illustration", ".svg"))
    exercise->illustration = calf_loader_get_text (loader, object, "illustration");
  exercise->references = calf_loader_get_refs (loader, object, "references", CALF_COLLECTION_REFERENCES, TRUE);
}

void
calf_loader_parse_safety (CalfLoader *loader,
                          CalfItem   *item)
{
  static const char * const keys[] = { "*id", "*title", "*text", "trigger", "level", NULL };
  CalfSafetyStatement *statement = item->record;
  JsonObject *object = item->object;

  calf_loader_check_keys (loader, object, keys);
  statement->title = calf_loader_get_lay_text (loader, object, "title");
  statement->text = calf_loader_get_lay_text (loader, object, "text");
  statement->trigger = calf_loader_get_rule (loader, object, "trigger");
  statement->has_level = calf_loader_get_level (loader, object, "level", &statement->level);

  if (json_object_has_member (object, "trigger") && !json_object_has_member (object, "level"))
    calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                         /* Translators: a safety statement is a line of safety advice;
                          * emergency, urgent, soon and self-care are values of "level". JSON
                          * keys in quotes stay in English. */
                         _("a statement with a \"trigger\" needs a \"level\": emergency, urgent, soon or self-care"));
}

static void
parse_region_weights (CalfLoader           *loader,
                      JsonObject           *object,
                      CalfConditionScoring *scoring)
{
  JsonObject *regions = calf_loader_get_object (loader, object, "regions");
  g_autoptr(GList) members = NULL;
  gsize saved;

  scoring->region_weights = calf_database_new_hash_table (loader->db, NULL);
  if (regions == NULL)
    return;

  saved = calf_loader_push_key (loader, "regions");
  members = json_object_get_members (regions);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      gsize saved_key = calf_loader_push_key (loader, l->data);
      const CalfRegion *region = NULL;
      double weight;

      if (!calf_id_is_valid (l->data))
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: %s is what was given as a region id, e.g.
                              * "mid-calf". */
                             _("\"%s\" is not a valid region id"), (const char *) l->data);
      else
        region = calf_loader_resolve (loader, CALF_COLLECTION_REGIONS, l->data);

      if (calf_loader_node_number (loader, json_object_get_member (regions, l->data),
                                   -MAX_LOG_ODDS, MAX_LOG_ODDS, &weight) && region != NULL)
        {
          double *value = calf_database_alloc (loader->db, sizeof (double));

          *value = weight;
          g_hash_table_insert (scoring->region_weights, (char *) region->id, value);
        }

      calf_loader_pop (loader, saved_key);
    }

  calf_loader_pop (loader, saved);
}

static void
parse_evidence (CalfLoader           *loader,
                JsonObject           *object,
                CalfConditionScoring *scoring)
{
  static const char * const extra_keys[] = { "*weight", NULL };
  JsonArray *array = calf_loader_get_array (loader, object, "evidence", FALSE);
  gsize saved;

  scoring->evidence = calf_database_new_array (loader->db, sizeof (CalfEvidence));
  if (array == NULL)
    return;

  saved = calf_loader_push_key (loader, "evidence");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize saved_index = calf_loader_push_index (loader, i);
      JsonObject *evidence_object = calf_loader_node_object (loader, json_array_get_element (array, i));
      CalfEvidence evidence = { { 0 }, 0 };

      if (evidence_object != NULL &&
          calf_loader_parse_test (loader, evidence_object, extra_keys, &evidence.test) &&
          calf_loader_get_number (loader, evidence_object, "weight", -MAX_LOG_ODDS, MAX_LOG_ODDS, &evidence.weight))
        {
          if (evidence.weight == 0)
            {
              gsize saved_key = calf_loader_push_key (loader, "weight");
              calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                                   /* Translators: in a condition's scoring, each evidence entry
                                    * has a weight: how much a finding counts for (above 0) or
                                    * against (below 0) the condition. */
                                   _("a weight of 0 has no effect: remove the entry or give it a weight"));
              calf_loader_pop (loader, saved_key);
            }
          else
            g_array_append_val (scoring->evidence, evidence);
        }

      calf_loader_pop (loader, saved_index);
    }
  calf_loader_pop (loader, saved);
}

static void
parse_escalations (CalfLoader           *loader,
                   JsonObject           *object,
                   CalfConditionScoring *scoring)
{
  static const char * const keys[] = { "*when", "*level", "*reason", NULL };
  JsonArray *array = calf_loader_get_array (loader, object, "escalations", FALSE);
  gsize saved;

  scoring->escalations = calf_database_new_ptr_array (loader->db);
  if (array == NULL)
    return;

  saved = calf_loader_push_key (loader, "escalations");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize saved_index = calf_loader_push_index (loader, i);
      JsonObject *escalation_object = calf_loader_node_object (loader, json_array_get_element (array, i));

      if (escalation_object != NULL)
        {
          CalfEscalation *escalation = calf_database_alloc (loader->db, sizeof (CalfEscalation));

          calf_loader_check_keys (loader, escalation_object, keys);
          escalation->when = calf_loader_get_rule (loader, escalation_object, "when");
          calf_loader_get_level (loader, escalation_object, "level", &escalation->level);
          escalation->reason = calf_loader_get_lay_text (loader, escalation_object, "reason");
          if (escalation->when != NULL)
            g_ptr_array_add (scoring->escalations, escalation);
        }

      calf_loader_pop (loader, saved_index);
    }
  calf_loader_pop (loader, saved);
}

void
calf_loader_parse_scoring (CalfLoader *loader,
                           CalfItem   *item)
{
  static const char * const keys[] = {
    "*condition", "*prior", "*region_default", "*regions", "*evidence", "likely_level",
    "safety_net", "escalations", NULL
  };
  static const char * const likely_keys[] = { "*level", "*min_score", NULL };
  static const char * const net_keys[] = { "*level", "*min_score", "*reason", NULL };
  CalfConditionScoring *scoring = calf_database_alloc (loader->db, sizeof (CalfConditionScoring));
  JsonObject *object = item->object;
  JsonObject *likely;
  JsonObject *net;
  CalfCondition *condition;

  calf_loader_check_keys (loader, object, keys);

  condition = calf_loader_get_ref (loader, object, "condition", CALF_COLLECTION_CONDITIONS);
  calf_loader_get_number (loader, object, "prior", -MAX_LOG_ODDS, MAX_LOG_ODDS, &scoring->prior);
  calf_loader_get_number (loader, object, "region_default", -MAX_LOG_ODDS, MAX_LOG_ODDS, &scoring->region_default);
  parse_region_weights (loader, object, scoring);
  parse_evidence (loader, object, scoring);
  parse_escalations (loader, object, scoring);

  likely = calf_loader_get_object (loader, object, "likely_level");
  if (likely != NULL)
    {
      gsize saved = calf_loader_push_key (loader, "likely_level");
      gboolean ok;

      calf_loader_check_keys (loader, likely, likely_keys);
      ok = calf_loader_get_level (loader, likely, "level", &scoring->likely_level);
      ok &= calf_loader_get_number (loader, likely, "min_score", 0, 1, &scoring->likely_min_score);
      scoring->has_likely_level = ok;
      calf_loader_pop (loader, saved);
    }

  net = calf_loader_get_object (loader, object, "safety_net");
  if (net != NULL)
    {
      gsize saved = calf_loader_push_key (loader, "safety_net");
      gboolean ok;

      calf_loader_check_keys (loader, net, net_keys);
      ok = calf_loader_get_level (loader, net, "level", &scoring->safety_net_level);
      ok &= calf_loader_get_number (loader, net, "min_score", 0, 1, &scoring->safety_net_min_score);
      scoring->safety_net_reason = calf_loader_get_lay_text (loader, net, "reason");
      scoring->has_safety_net = ok && scoring->safety_net_reason != NULL;
      calf_loader_pop (loader, saved);
    }

  if (condition == NULL)
    return;

  scoring->condition = condition;

  if (condition->scoring != NULL)
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                           /* Translators: the first %s is a condition id, e.g. "calf-strain",
                            * the second where its scoring already is, e.g. "scoring.json:
                            * condition_scoring[2]". */
                           _("condition \"%s\" already has scoring (at %s): keep exactly one entry per condition"),
                           condition->id,
                           (const char *) g_hash_table_lookup (loader->first_seen[CALF_COLLECTION_SCORING], condition->id));
      return;
    }

  condition->scoring = scoring;
  g_hash_table_insert (loader->first_seen[CALF_COLLECTION_SCORING], (char *) condition->id,
                       g_strdup_printf ("%s: %s", loader->file, loader->path->str));
  g_hash_table_insert (loader->db->by_id[CALF_COLLECTION_SCORING], (char *) condition->id, scoring);
  g_ptr_array_add (loader->db->lists[CALF_COLLECTION_SCORING], scoring);
}

void
calf_loader_parse_band (CalfLoader *loader,
                        CalfItem   *item)
{
  static const char * const keys[] = { "*min_score", "*label", NULL };
  CalfLikelihoodBand *band = calf_database_alloc (loader->db, sizeof (CalfLikelihoodBand));
  GPtrArray *bands = loader->db->lists[CALF_COLLECTION_BANDS];
  gboolean ok;

  calf_loader_check_keys (loader, item->object, keys);
  ok = calf_loader_get_number (loader, item->object, "min_score", 0, 1, &band->min_score);
  band->label = calf_loader_get_lay_text (loader, item->object, "label");

  if (!ok || band->label == NULL)
    return;

  if (!g_hash_table_add (loader->band_scores, &band->min_score))
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                           /* Translators: %g is a score such as 0.4. A likelihood band is a
                            * range of scores with words such as "Strong match". JSON keys in
                            * quotes stay in English. */
                           _("two likelihood bands start at %g: give each a different min_score"),
                           band->min_score);
      return;
    }

  g_ptr_array_add (bands, band);
}

void
calf_loader_parse_triage (CalfLoader *loader,
                          CalfItem   *item)
{
  static const char * const keys[] = { "*level", "*title", "*advice", NULL };
  CalfDatabase *db = loader->db;
  CalfTriageLevel level;
  const char *title, *advice;

  calf_loader_check_keys (loader, item->object, keys);
  title = calf_loader_get_lay_text (loader, item->object, "title");
  advice = calf_loader_get_lay_text (loader, item->object, "advice");

  if (!calf_loader_get_level (loader, item->object, "level", &level))
    return;

  if (db->has_triage[level])
    {
      calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                           /* Translators: %s is a triage level (how soon to get help):
                            * emergency, urgent, soon or self-care, in English. */
                           _("level \"%s\" is described twice: keep one entry per level"),
                           calf_triage_level_to_string (level));
      return;
    }

  db->has_triage[level] = TRUE;
  db->triage[level].level = level;
  db->triage[level].title = title;
  db->triage[level].advice = advice;
}

void
calf_loader_parse_norm (CalfLoader *loader,
                        CalfItem   *item)
{
  static const char * const keys[] = { "*id", "*finding", "*derived", "*margin", "*table", NULL };
  static const char * const row_keys[] = { "*sex", "*age_at_least", "*age_below", "*value", NULL };
  CalfNorm *norm = item->record;
  JsonObject *object = item->object;
  CalfFinding *finding, *derived;
  JsonArray *table;
  gsize saved;

  calf_loader_check_keys (loader, object, keys);
  finding = calf_loader_get_ref (loader, object, "finding", CALF_COLLECTION_FINDINGS);
  derived = calf_loader_get_ref (loader, object, "derived", CALF_COLLECTION_FINDINGS);
  calf_loader_get_number (loader, object, "margin", 0, 1e9, &norm->margin);
  norm->rows = calf_database_new_array (loader->db, sizeof (CalfNormRow));

  if (finding != NULL && finding->type != CALF_FINDING_NUMBER)
    {
      saved = calf_loader_push_key (loader, "finding");
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                           /* Translators: %s is a finding id. A norm is a table of typical
                            * self-test results by age and sex; a number finding holds a number,
                            * a yes/no finding yes or no. */
                           _("\"%s\" is a yes/no finding: a norm compares a number finding"), finding->id);
      calf_loader_pop (loader, saved);
      finding = NULL;
    }
  norm->finding = finding;

  if (derived != NULL)
    {
      saved = calf_loader_push_key (loader, "derived");
      if (derived->type != CALF_FINDING_BOOLEAN || derived->category != CALF_FINDING_CATEGORY_DERIVED)
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: %s is a finding id. A derived finding is worked out
                              * by the program from other answers, never asked; "derived" is a
                              * JSON value: keep it in English. */
                             _("\"%s\" must be a yes/no finding in the \"derived\" category"), derived->id);
      else if (derived->derived_norm != NULL)
        calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                             /* Translators: the first %s is a finding id, the second a norm id.
                              * "Derived": worked out by the program from other answers; a norm
                              * is a table of typical self-test results. */
                             _("\"%s\" is already derived by norm \"%s\": a finding has one source"),
                             derived->id, derived->derived_norm->id);
      else if (derived->derived != NULL || derived->derived_count != NULL)
        calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                             /* Translators: %s is a finding id. A "derived" rule says how the
                              * program works the finding out from other answers. JSON keys in
                              * quotes stay in English. */
                             _("\"%s\" already has its own \"derived\" rule: a finding has one source"), derived->id);
      else if (norm->id != NULL)
        {
          derived->derived_norm = norm;
          norm->derived = derived;
        }
      calf_loader_pop (loader, saved);
    }

  table = calf_loader_get_array (loader, object, "table", TRUE);
  if (table == NULL)
    return;

  saved = calf_loader_push_key (loader, "table");
  for (guint i = 0; i < json_array_get_length (table); i++)
    {
      gsize saved_index = calf_loader_push_index (loader, i);
      JsonObject *row_object = calf_loader_node_object (loader, json_array_get_element (table, i));
      CalfNormRow row = { CALF_SEX_UNKNOWN, 0, 0, 0 };
      gboolean ok = TRUE;

      if (row_object != NULL)
        {
          const char *sex;

          calf_loader_check_keys (loader, row_object, row_keys);
          sex = calf_loader_get_text (loader, row_object, "sex");
          if (sex != NULL && !calf_sex_from_string (sex, &row.sex))
            {
              gsize saved_key = calf_loader_push_key (loader, "sex");
              calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                                   /* Translators: %s is the value found; "female" and "male"
                                    * are JSON values: keep them in English. */
                                   _("unknown sex \"%s\": use \"female\" or \"male\""), sex);
              calf_loader_pop (loader, saved_key);
              ok = FALSE;
            }
          ok &= sex != NULL;
          ok &= calf_loader_get_number (loader, row_object, "age_at_least", 0, MAX_AGE, &row.age_at_least);
          ok &= calf_loader_get_number (loader, row_object, "age_below", 0, MAX_AGE, &row.age_below);
          ok &= calf_loader_get_number (loader, row_object, "value",
                                        finding != NULL ? finding->min : -1e9,
                                        finding != NULL ? finding->max : 1e9, &row.value);

          if (ok && !(row.age_at_least < row.age_below))
            calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                                 /* Translators: a row of a norm (a table of typical self-test
                                  * results). JSON keys in quotes stay in English. */
                                 _("\"age_at_least\" must be less than \"age_below\""));
          else if (ok)
            g_array_append_val (norm->rows, row);
        }

      calf_loader_pop (loader, saved_index);
    }
  calf_loader_pop (loader, saved);
}

void
calf_loader_parse_engine (CalfLoader *loader)
{
  g_autoptr(GList) members = NULL;

  if (loader->engine_object == NULL)
    return;

  loader->file = loader->engine_file;
  g_string_truncate (loader->path, 0);
  calf_loader_push_key (loader, "engine");
  members = json_object_get_members (loader->engine_object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const CalfDatabaseParam *param = calf_database_params_lookup (l->data);
      double value;

      if (param == NULL)
        {
          g_autoptr(GString) names = g_string_new (NULL);
          const CalfDatabaseParam *params;
          guint n_params;

          params = calf_database_params_get (&n_params);
          for (guint i = 0; i < n_params; i++)
            g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", params[i].name);

          calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                               /* Translators: the first %s is the unknown setting, the second
                                * the known ones, e.g. "max_age, flow_max_questions": JSON keys,
                                * keep them in English. */
                               _("unknown engine setting \"%s\": known settings are %s"),
                               (const char *) l->data, names->str);
          continue;
        }

      if (calf_loader_get_number (loader, loader->engine_object, l->data, param->min, param->max, &value))
        {
          double *stored = g_new (double, 1);

          *stored = value;
          g_hash_table_insert (loader->db->engine, (char *) calf_database_intern (loader->db, l->data), stored);
        }
    }

  g_string_truncate (loader->path, 0);
}
