/* test-question-flow.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-question-flow"

#include "config.h"

#include "calf-database-test-utils.h"
#include "calf-question-flow.h"
#include "calf-question-flow-private.h"

static CalfDatabase *database;
static CalfEngine *engine;

static CalfQuestionFlow *
new_flow (const char *region_id)
{
  const CalfRegion *region = calf_database_lookup_region (database, region_id);

  g_assert_nonnull (region);
  return calf_question_flow_new (engine, region, CALF_SIDE_LEFT);
}

static void
reply_no_or_not_sure (CalfQuestionFlow   *flow,
                      const CalfQuestion *question)
{
  g_autoptr(GError) error = NULL;

  switch (question->kind)
    {
    case CALF_QUESTION_YES_NO:
      calf_question_flow_reply_yes_no (flow, question, CALF_REPLY_NO, &error);
      break;
    case CALF_QUESTION_NUMBER:
      calf_question_flow_reply_yes_no (flow, question, CALF_REPLY_NOT_SURE, &error);
      break;
    case CALF_QUESTION_CHOICE:
      calf_question_flow_reply_choice (flow, question, calf_test_db_no_choice (question)->id, &error);
      break;
    default:
      g_assert_not_reached ();
    }
  g_assert_no_error (error);
}

/* The red-flag screen comes first, in priority order, in every region. */
static void
test_screen_first (void)
{
  GPtrArray *regions = calf_database_get_regions (database);

  for (guint r = 0; r < regions->len; r++)
    {
      const CalfRegion *region = g_ptr_array_index (regions, r);
      g_autoptr(CalfQuestionFlow) flow = calf_question_flow_new (engine, region, CALF_SIDE_RIGHT);
      gboolean screening = TRUE;
      int last_priority = -1;
      guint asked = 0;

      while (!calf_question_flow_is_finished (flow))
        {
          const CalfQuestion *question = calf_question_flow_get_next (flow);

          g_assert_true (g_ptr_array_find (question->regions, region, NULL));
          g_assert_cmpuint (calf_question_flow_estimate_remaining (flow), >, 0);
          if (question->red_flag_screen)
            {
              /* No screen question once the screen is over. */
              g_assert_true (screening);
              g_assert_cmpint (question->priority, >=, last_priority);
              last_priority = question->priority;
            }
          else
            {
              screening = FALSE;
            }
          reply_no_or_not_sure (flow, question);
          asked++;
          g_assert_cmpuint (asked, <, 500);
        }

      g_assert_false (screening);
      g_assert_cmpuint (calf_question_flow_estimate_remaining (flow), ==, 0);
    }
}

static gboolean
same_top (CalfResult *a,
          CalfResult *b,
          guint       n)
{
  GPtrArray *ra = calf_result_get_conditions (a);
  GPtrArray *rb = calf_result_get_conditions (b);

  for (guint i = 0; i < n; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < n && !found; j++)
        found = ((const CalfRankedCondition *) g_ptr_array_index (ra, i))->condition ==
                ((const CalfRankedCondition *) g_ptr_array_index (rb, j))->condition;
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* The chance the flow's model gives a yes to @finding on @flow's answers. */
static double
chance_of_yes (CalfQuestionFlow  *flow,
               const CalfFinding *finding)
{
  g_autofree double *scores = g_new0 (double, calf_database_get_conditions (database)->len);
  CalfEngineState state;
  double yes;

  calf_engine_state_init (engine, &state, calf_question_flow_get_answers (flow));
  calf_engine_state_derive (engine, &state);
  calf_engine_state_score (engine, &state, scores);
  yes = calf_question_flow_model_yes (flow, scores, calf_question_flow_model_total (flow, scores), finding);
  calf_engine_state_clear (&state);
  return yes;
}

/* When the flow stops, no likely yes or no to a question left could
 * change the triage (a yes the answers so far make rarer than 1 in 20 is
 * left, such as the simpler check of a warning sign already denied: asking
 * every unlikely yes is what made the flow long); before the question
 * limit, nor the leading cause. Which of the rest fill places two and
 * three is left to the expected value of a question; the audit in
 * tests/audit measures how often the top three are right. */
static void
test_stops_when_nothing_can_change (void)
{
  g_autoptr(CalfQuestionFlow) flow = new_flow ("mid-calf");
  GPtrArray *questions = calf_database_get_questions (database);
  guint limit = (guint) calf_database_get_param (database, "flow_max_questions");
  g_autoptr(CalfResult) final = NULL;
  guint n_asked = 0;
  guint i = 0;

  /* A calf cramp story: yes to cramps and night symptoms, no to the rest. */
  while (!calf_question_flow_is_finished (flow))
    {
      const CalfQuestion *question = calf_question_flow_get_next (flow);

      if (question->kind == CALF_QUESTION_YES_NO &&
          (g_str_equal (question->finding->id, "cramp-episodes") ||
           g_str_equal (question->finding->id, "night-symptoms")))
        g_assert_true (calf_question_flow_reply_yes_no (flow, question, CALF_REPLY_YES, NULL));
      else
        reply_no_or_not_sure (flow, question);
      if (!question->red_flag_screen)
        n_asked++;
      g_assert_cmpuint (++i, <, 500);
    }

  final = calf_question_flow_get_result (flow);
  g_assert_cmpstr (((const CalfRankedCondition *) g_ptr_array_index (calf_result_get_conditions (final), 0))->condition->id,
                   ==, "calf-cramp");
  g_test_message ("%u questions after the screen (limit %u)", n_asked, limit);

  for (guint q = 0; q < questions->len; q++)
    {
      const CalfQuestion *question = g_ptr_array_index (questions, q);
      CalfAnswers *answers = calf_question_flow_get_answers (flow);

      if (question->kind != CALF_QUESTION_YES_NO ||
          calf_question_flow_lookup_reply (flow, question) != NULL ||
          calf_answers_lookup (answers, question->finding, NULL) ||
          !g_ptr_array_find (question->regions, calf_answers_get_region (answers), NULL))
        continue;

      for (int value = 0; value <= 1; value++)
        {
          g_autoptr(CalfAnswers) copy = calf_answers_copy (answers);
          g_autoptr(CalfResult) result = NULL;

          g_assert_true (calf_answers_set_boolean (copy, question->finding, value, question, NULL));
          result = calf_engine_evaluate (engine, copy);
          /* A question not yet applicable (its `requires` unmet) cannot be asked. */
          if (question->requires != NULL)
            continue;
          if (calf_result_get_triage_level (result) != calf_result_get_triage_level (final))
            {
              double chance = chance_of_yes (flow, question->finding);

              g_test_message ("%s = %d would change the triage; the chance of it is %.3f",
                              question->id, value, value ? chance : 1 - chance);
              g_assert_cmpfloat (value ? chance : 1 - chance, <, 0.05);
            }
          if (n_asked < limit)
            g_assert_true (same_top (result, final, 1));
        }
    }
}

/* Answers until question_id comes: yes to the findings in yes, else no. */
static const CalfQuestion *
answer_until (CalfQuestionFlow  *flow,
              const char        *question_id,
              const char * const *yes)
{
  for (guint i = 0; i < 200 && !calf_question_flow_is_finished (flow); i++)
    {
      const CalfQuestion *question = calf_question_flow_get_next (flow);

      if (g_str_equal (question->id, question_id))
        return question;
      if (yes != NULL && question->kind == CALF_QUESTION_YES_NO &&
          g_strv_contains (yes, question->finding->id))
        g_assert_true (calf_question_flow_reply_yes_no (flow, question, CALF_REPLY_YES, NULL));
      else
        reply_no_or_not_sure (flow, question);
    }
  return NULL;
}

/* A red-flag answer makes the result an emergency at once, and the
 * questions end there; the rest can be answered on request, and no answer
 * then lowers the advice. */
static void
test_red_flag_interrupts (void)
{
  g_autoptr(CalfQuestionFlow) flow = new_flow ("whole-lower-leg");
  const CalfQuestion *question = calf_question_flow_get_next (flow);
  g_autoptr(CalfResult) result = NULL;
  guint n = 0;

  g_assert_true (question->red_flag_screen);
  g_assert_true (question->finding->red_flag);
  g_assert_true (calf_question_flow_reply_yes_no (flow, question, CALF_REPLY_YES, NULL));
  result = calf_question_flow_get_result (flow);
  g_assert_cmpint (calf_result_get_triage_level (result), ==, CALF_TRIAGE_EMERGENCY);
  g_assert_true (calf_question_flow_is_finished (flow));
  g_assert_cmpuint (calf_question_flow_estimate_remaining (flow), ==, 0);

  /* Answering on, on request: "No" to everything keeps the emergency. */
  g_assert_true (calf_question_flow_has_optional (flow));
  calf_question_flow_ask_optional (flow);
  g_assert_false (calf_question_flow_is_finished (flow));
  while (!calf_question_flow_is_finished (flow))
    {
      reply_no_or_not_sure (flow, calf_question_flow_get_next (flow));
      g_assert_cmpuint (++n, <, 100);
    }
  g_clear_object (&result);
  result = calf_question_flow_get_result (flow);
  g_assert_cmpint (calf_result_get_triage_level (result), ==, CALF_TRIAGE_EMERGENCY);
  g_assert_cmpuint (n, >, 0);
}

/* Walking pain in play (either kind): smoking, diabetes and the other
 * risks for narrowed arteries are always asked. Without it they are
 * ordinary questions, still there to be chosen (a statin user's dark
 * urine was reached through them). */
static void
test_walking_pain_asks_vascular_risk (void)
{
  const char *patterns[] = { "walking-eases-standing", "standing-eases-sitting" };
  const char *risks[] = { "smoker", "diabetes", "vascular-risk" };

  for (guint r = 0; r < G_N_ELEMENTS (risks); r++)
    {
      g_autoptr(CalfQuestionFlow) flow = new_flow ("mid-calf");

      g_assert_true (calf_question_flow_can_answer (flow, calf_database_lookup_question (database, risks[r])));
    }

  for (guint p = 0; p < G_N_ELEMENTS (patterns); p++)
    {
      g_autoptr(CalfQuestionFlow) flow = new_flow ("mid-calf");
      g_autoptr(GHashTable) asked = g_hash_table_new (g_str_hash, g_str_equal);
      const CalfQuestion *question;
      guint n = 0;

      while ((question = calf_question_flow_get_next (flow)) != NULL)
        {
          g_autoptr(GError) error = NULL;

          g_hash_table_add (asked, (gpointer) question->id);
          if (g_str_equal (question->id, "pain-pattern"))
            calf_question_flow_reply_choice (flow, question, patterns[p], &error);
          else
            reply_no_or_not_sure (flow, question);
          g_assert_no_error (error);
          g_assert_cmpuint (++n, <, 100);
        }
      g_assert_true (g_hash_table_contains (asked, "pain-pattern"));
      g_assert_true (g_hash_table_contains (asked, "smoker"));
      g_assert_true (g_hash_table_contains (asked, "diabetes"));
      g_assert_true (g_hash_table_contains (asked, "vascular-risk"));
    }
}

/* Changing an earlier answer re-plays the later ones, dropping those that
 * no longer apply. */
static void
test_change_earlier_answer (void)
{
  g_autoptr(CalfQuestionFlow) flow = new_flow ("mid-calf");
  const CalfQuestion *walking = calf_database_lookup_question (database, "pain-walking-eases-with-rest");
  const CalfQuestion *still = calf_database_lookup_question (database, "pain-starts-when-still");
  guint n_before;

  g_assert_nonnull (walking);
  g_assert_nonnull (still);
  g_assert_nonnull (still->requires);

  /* The screen first, then the walking question answered yes (as when a
   * person goes back to it), which opens its follow-up. */
  g_assert_nonnull (answer_until (flow, "onset", NULL));
  g_assert_false (calf_question_flow_can_answer (flow, still));
  g_assert_true (calf_question_flow_reply_yes_no (flow, walking, CALF_REPLY_YES, NULL));
  g_assert_true (calf_question_flow_can_answer (flow, still));
  g_assert_true (calf_question_flow_reply_yes_no (flow, still, CALF_REPLY_NO, NULL));
  g_assert_nonnull (calf_question_flow_lookup_reply (flow, still));
  reply_no_or_not_sure (flow, calf_question_flow_get_next (flow));
  n_before = calf_question_flow_get_n_replies (flow);

  g_assert_true (calf_question_flow_reply_yes_no (flow, walking, CALF_REPLY_NO, NULL));
  g_assert_null (calf_question_flow_lookup_reply (flow, still));
  g_assert_false (calf_answers_lookup (calf_question_flow_get_answers (flow), still->finding, NULL));
  g_assert_cmpuint (calf_question_flow_get_n_replies (flow), ==, n_before - 1);
  g_assert_cmpint (calf_question_flow_lookup_reply (flow, walking)->kind, ==, CALF_REPLY_NO);
}

static void
test_go_back (void)
{
  g_autoptr(CalfQuestionFlow) flow = new_flow ("achilles");
  const CalfQuestion *first = calf_question_flow_get_next (flow);

  g_assert_false (calf_question_flow_go_back (flow));
  reply_no_or_not_sure (flow, first);
  g_assert_true (calf_question_flow_get_next (flow) != first);
  g_assert_true (calf_question_flow_go_back (flow));
  g_assert_true (calf_question_flow_get_next (flow) == first);
  g_assert_cmpuint (calf_question_flow_get_n_replies (flow), ==, 0);
}

static void
test_bad_replies (void)
{
  g_autoptr(CalfQuestionFlow) flow = new_flow ("mid-calf");
  const CalfQuestion *first = calf_question_flow_get_next (flow);
  const CalfQuestion *elsewhere = calf_database_lookup_question (database, "squeeze-test-no-movement");
  g_autoptr(GError) error = NULL;

  /* A question for other regions takes no reply. */
  g_assert_nonnull (elsewhere);
  g_assert_false (g_ptr_array_find (elsewhere->regions, calf_database_lookup_region (database, "mid-calf"), NULL));
  g_assert_false (calf_question_flow_can_answer (flow, elsewhere));
  g_assert_false (calf_question_flow_reply_yes_no (flow, elsewhere, CALF_REPLY_YES, &error));
  g_assert_error (error, CALF_QUESTION_FLOW_ERROR, CALF_QUESTION_FLOW_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (calf_question_flow_reply_number (flow, first, 3, &error));
  g_assert_error (error, CALF_QUESTION_FLOW_ERROR, CALF_QUESTION_FLOW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (calf_question_flow_get_n_replies (flow), ==, 0);
}

/* A question the flow did not choose may still be answered while it
 * applies (the self-tests offered with the results), but not once its
 * `requires` rule fails: no heel-raise test after a pop. */
static void
test_optional_answer (void)
{
  g_autoptr(CalfQuestionFlow) flow = new_flow ("mid-calf");
  const CalfQuestion *pop = calf_database_lookup_question (database, "felt-pop-or-kick");
  const CalfQuestion *test = calf_database_lookup_question (database, "heel-raise-count");
  const CalfFinding *count = calf_database_lookup_finding (database, "heel-raise-count");
  g_autoptr(GError) error = NULL;
  double value = 0;

  g_assert_nonnull (pop);
  g_assert_nonnull (test);
  g_assert_true (test != calf_question_flow_get_next (flow));
  g_assert_true (calf_question_flow_can_answer (flow, test));
  g_assert_true (calf_question_flow_reply_number (flow, test, 12, &error));
  g_assert_no_error (error);
  g_assert_true (calf_answers_lookup (calf_question_flow_get_answers (flow), count, &value));
  g_assert_cmpfloat (value, ==, 12);

  /* After a pop the test is no longer offered, and a reply is refused. */
  g_clear_object (&flow);
  flow = new_flow ("mid-calf");
  g_assert_true (calf_question_flow_can_answer (flow, pop));
  g_assert_true (calf_question_flow_reply_yes_no (flow, pop, CALF_REPLY_YES, &error));
  g_assert_no_error (error);
  g_assert_false (calf_question_flow_can_answer (flow, test));
  g_assert_false (calf_question_flow_reply_number (flow, test, 12, &error));
  g_assert_error (error, CALF_QUESTION_FLOW_ERROR, CALF_QUESTION_FLOW_ERROR_INVALID);
  g_assert_null (calf_question_flow_lookup_reply (flow, test));
  g_assert_false (calf_answers_lookup (calf_question_flow_get_answers (flow), count, &value));
}

static void
test_number_out_of_range (void)
{
  g_autoptr(CalfQuestionFlow) flow = new_flow ("mid-calf");
  const CalfQuestion *question = calf_database_lookup_question (database, "pain-score");
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (question);
  g_assert_cmpint (question->kind, ==, CALF_QUESTION_NUMBER);
  g_assert_true (calf_question_flow_can_answer (flow, question));

  g_assert_false (calf_question_flow_reply_number (flow, question, question->finding->max + 1, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, question->finding->id));
  g_assert_null (calf_question_flow_lookup_reply (flow, question));
}

static void
test_serialize (void)
{
  g_autoptr(CalfQuestionFlow) flow = new_flow ("heel");
  g_autoptr(CalfQuestionFlow) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;

  g_assert_true (calf_question_flow_set_age (flow, 52, NULL));
  calf_question_flow_set_sex (flow, CALF_SEX_FEMALE);
  for (guint i = 0; i < 12 && !calf_question_flow_is_finished (flow); i++)
    reply_no_or_not_sure (flow, calf_question_flow_get_next (flow));

  saved = calf_question_flow_serialize (flow);
  restored = calf_question_flow_new_from_serialized (engine, saved, &error);
  g_assert_no_error (error);
  saved_again = calf_question_flow_serialize (restored);
  g_assert_cmpstr (saved, ==, saved_again);
  g_assert_true (calf_question_flow_get_next (flow) == calf_question_flow_get_next (restored));

  g_assert_null (calf_question_flow_new_from_serialized (engine, "{\"region\": \"nowhere\"}", &error));
  g_assert_error (error, CALF_QUESTION_FLOW_ERROR, CALF_QUESTION_FLOW_ERROR_PARSE);
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

  g_test_add_func ("/question-flow/screen-first", test_screen_first);
  g_test_add_func ("/question-flow/stops-when-nothing-can-change", test_stops_when_nothing_can_change);
  g_test_add_func ("/question-flow/red-flag-interrupts", test_red_flag_interrupts);
  g_test_add_func ("/question-flow/walking-pain-asks-vascular-risk", test_walking_pain_asks_vascular_risk);
  g_test_add_func ("/question-flow/change-earlier-answer", test_change_earlier_answer);
  g_test_add_func ("/question-flow/go-back", test_go_back);
  g_test_add_func ("/question-flow/bad-replies", test_bad_replies);
  g_test_add_func ("/question-flow/optional-answer", test_optional_answer);
  g_test_add_func ("/question-flow/number-out-of-range", test_number_out_of_range);
  g_test_add_func ("/question-flow/serialize", test_serialize);

  ret = g_test_run ();

  g_clear_object (&engine);
  g_clear_object (&database);
  return ret;
}
