/* test-flow-screen.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The warning-sign screen as a person answers it: one look at the leg,
 * one at the foot, an injury told as the way the pain began, and one
 * simpler check after "Not sure" about saddle numbness or the bladder.
 */

#include "config.h"

#include "calf-database-test-utils.h"
#include "calf-question-flow.h"

static CalfDatabase *database;
static CalfEngine *engine;

static CalfQuestionFlow *
new_flow (const char *region_id,
          double      age)
{
  g_autoptr(GError) error = NULL;
  CalfQuestionFlow *flow = calf_question_flow_new (engine, calf_database_lookup_region (database, region_id),
                                                   CALF_SIDE_RIGHT);

  g_assert_true (calf_question_flow_set_age (flow, age, &error));
  g_assert_no_error (error);
  return flow;
}

static void
reply (CalfQuestionFlow *flow,
       const char       *question_id,
       const char       *answer)
{
  const CalfQuestion *question = calf_question_flow_get_next (flow);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (question);
  g_assert_cmpstr (question->id, ==, question_id);
  if (question->kind == CALF_QUESTION_CHOICE)
    g_assert_true (calf_question_flow_reply_choice (flow, question, answer, &error));
  else
    g_assert_true (calf_question_flow_reply_yes_no (flow, question,
                                                    g_str_equal (answer, "yes") ? CALF_REPLY_YES :
                                                    g_str_equal (answer, "no") ? CALF_REPLY_NO : CALF_REPLY_NOT_SURE,
                                                    &error));
  g_assert_no_error (error);
}

/* "No", "none of these" or "Not sure" to everything left, but "Yes" to a
 * question about @yes (nullable). */
static void
answer_rest_but (CalfQuestionFlow *flow,
                 const char       *yes)
{
  for (guint i = 0; i < 100 && !calf_question_flow_is_finished (flow); i++)
    {
      const CalfQuestion *question = calf_question_flow_get_next (flow);

      if (question->kind == CALF_QUESTION_CHOICE)
        reply (flow, question->id, calf_test_db_no_choice (question)->id);
      else if (question->kind == CALF_QUESTION_YES_NO)
        reply (flow, question->id, g_strcmp0 (question->finding->id, yes) == 0 ? "yes" : "no");
      else
        reply (flow, question->id, "not-sure");
    }
  g_assert_true (calf_question_flow_is_finished (flow));
}

static void
answer_rest (CalfQuestionFlow *flow)
{
  answer_rest_but (flow, NULL);
}

static gboolean
answered (CalfQuestionFlow *flow,
          const char       *finding_id,
          double           *value)
{
  return calf_answers_lookup (calf_question_flow_get_answers (flow),
                              calf_database_lookup_finding (database, finding_id), value);
}

static gboolean
was_asked (CalfQuestionFlow *flow,
           const char       *question_id)
{
  return calf_question_flow_lookup_reply (flow, calf_database_lookup_question (database, question_id)) != NULL;
}

/* Red, warm skin is one of the things a person sees when looking at the
 * leg: choosing it alone says the leg is not swollen, and fever is asked
 * next because red skin can be an infection. */
static void
test_leg_look (void)
{
  g_autoptr(CalfQuestionFlow) flow = new_flow ("mid-calf", 40);
  g_autoptr(CalfResult) result = NULL;
  double value;

  reply (flow, "breathless-or-chest-pain", "no");
  reply (flow, "cold-pale-foot", "none");
  reply (flow, "tense-calf-severe-pain", "no");
  reply (flow, "leg-swelling", "red-warm");
  g_assert_true (answered (flow, "red-warm-skin", &value) && value == 1.0);
  g_assert_true (answered (flow, "calf-swelling-one-side", &value) && value == 0.0);
  g_assert_cmpstr (calf_question_flow_get_next (flow)->id, ==, "fever-unwell");

  answer_rest (flow);
  result = calf_question_flow_get_result (flow);
  g_assert_cmpint (calf_result_get_triage_level (result), >=, CALF_TRIAGE_URGENT);
}

/* Burning pain in the foot at rest is asked of everyone, in the same
 * question as a sudden cold foot, and needs a doctor the same day. */
static void
test_foot_rest_pain_any_age (void)
{
  g_autoptr(CalfQuestionFlow) flow = new_flow ("lower-calf", 35);
  g_autoptr(CalfResult) result = NULL;
  double value;

  reply (flow, "breathless-or-chest-pain", "no");
  reply (flow, "cold-pale-foot", "rest-pain");
  g_assert_true (answered (flow, "rest-pain-in-foot", &value) && value == 1.0);
  g_assert_true (answered (flow, "cold-pale-foot", &value) && value == 0.0);

  answer_rest (flow);
  result = calf_question_flow_get_result (flow);
  g_assert_cmpint (calf_result_get_triage_level (result), >=, CALF_TRIAGE_URGENT);
}

/* "Not sure" about the foot leaves the sudden cold foot open: the simpler
 * check follows, and still unsure means at least urgent. */
static void
test_foot_not_sure (void)
{
  g_autoptr(CalfQuestionFlow) flow = new_flow ("mid-calf", 60);
  g_autoptr(CalfResult) result = NULL;

  reply (flow, "breathless-or-chest-pain", "no");
  reply (flow, "cold-pale-foot", "not-sure");
  reply (flow, "one-foot-colder", "not-sure");
  answer_rest (flow);
  result = calf_question_flow_get_result (flow);
  g_assert_cmpint (calf_result_get_triage_level (result), >=, CALF_TRIAGE_URGENT);
  g_assert_true (calf_result_is_unsure (result, calf_database_lookup_finding (database, "cold-pale-foot")));
}

/* An injury told as the way the pain began is not asked again, and a
 * hard calf after it is an emergency. */
static void
test_injury_as_onset (void)
{
  g_autoptr(CalfQuestionFlow) flow = new_flow ("mid-calf", 30);
  g_autoptr(CalfResult) result = NULL;
  double value;

  while (!g_str_equal (calf_question_flow_get_next (flow)->id, "onset"))
    {
      const CalfQuestion *question = calf_question_flow_get_next (flow);

      reply (flow, question->id, question->kind == CALF_QUESTION_CHOICE ? calf_test_db_no_choice (question)->id : "no");
    }
  reply (flow, "onset", "injury");
  g_assert_true (answered (flow, "recent-leg-injury", &value) && value == 1.0);

  answer_rest_but (flow, "calf-feels-hard");
  g_assert_false (was_asked (flow, "recent-leg-injury"));
  result = calf_question_flow_get_result (flow);
  g_assert_cmpint (calf_result_get_triage_level (result), ==, CALF_TRIAGE_EMERGENCY);
}

/* After "Not sure" about saddle numbness or bladder trouble, one question
 * holds both simpler checks: "Neither" settles the warning sign, "Not
 * sure" keeps the advice at urgent at least, and either check is an
 * emergency. */
static void
saddle_then (const char      *check,
             CalfTriageLevel  at_least,
             CalfTriageLevel  at_most)
{
  g_autoptr(CalfQuestionFlow) flow = new_flow ("mid-calf", 45);
  g_autoptr(CalfResult) result = NULL;

  reply (flow, "breathless-or-chest-pain", "no");
  reply (flow, "cold-pale-foot", "none");
  reply (flow, "tense-calf-severe-pain", "no");
  reply (flow, "leg-swelling", "no");
  reply (flow, "saddle-numbness-or-bladder", "not-sure");
  reply (flow, "saddle-checks", check);
  answer_rest (flow);
  result = calf_question_flow_get_result (flow);
  g_assert_cmpint (calf_result_get_triage_level (result), >=, at_least);
  g_assert_cmpint (calf_result_get_triage_level (result), <=, at_most);
}

static void
test_saddle_one_check (void)
{
  saddle_then ("neither", CALF_TRIAGE_SELF_CARE, CALF_TRIAGE_SOON);
  saddle_then ("not-sure", CALF_TRIAGE_URGENT, CALF_TRIAGE_URGENT);
  saddle_then ("numb", CALF_TRIAGE_EMERGENCY, CALF_TRIAGE_EMERGENCY);
  saddle_then ("bladder", CALF_TRIAGE_EMERGENCY, CALF_TRIAGE_EMERGENCY);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  database = calf_database_new_default (&error);
  g_assert_no_error (error);
  engine = calf_engine_new (database);

  g_test_add_func ("/flow-screen/leg-look", test_leg_look);
  g_test_add_func ("/flow-screen/foot-rest-pain-any-age", test_foot_rest_pain_any_age);
  g_test_add_func ("/flow-screen/foot-not-sure", test_foot_not_sure);
  g_test_add_func ("/flow-screen/injury-as-onset", test_injury_as_onset);
  g_test_add_func ("/flow-screen/saddle-one-check", test_saddle_one_check);

  ret = g_test_run ();

  g_clear_object (&engine);
  g_clear_object (&database);
  return ret;
}
