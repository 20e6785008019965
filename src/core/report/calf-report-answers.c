/* calf-report-answers.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "calf-report-private.h"

/*
 * "Every question asked with the answer given". From the window the
 * question flow knows the replies, "Not sure" included. From the command
 * line only findings are known: each is shown with the question that asks
 * for it in the assessed region when there is one, else with its label.
 */

static char *
number_text (const CalfFinding *finding,
             double             value)
{
  g_autofree char *number = NULL;

  if (floor (value) == value && fabs (value) < 1e9)
    number = g_strdup_printf ("%d", (int) value);
  else
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      /* One decimal, in the user's locale. */
      g_snprintf (buffer, sizeof buffer, "%.1f", value);
      number = g_strdup (buffer);
    }

  if (finding != NULL && finding->unit != NULL)
    /* Translators: a number and its unit in a report, e.g. "6 cm". */
    return g_strdup_printf (C_("number with unit", "%s %s"), number, finding->unit);
  return g_steal_pointer (&number);
}

static char *
boolean_text (gboolean value)
{
  return g_strdup (value ? _("Yes") : _("No"));
}

static void
add_answer (GPtrArray  *out,
            const char *id,
            const char *question,
            char       *answer)
{
  CalfReportAnswer *entry = g_new0 (CalfReportAnswer, 1);

  entry->id = g_strdup (id);
  entry->question = g_strdup (question);
  entry->answer = answer;
  g_ptr_array_add (out, entry);
}

static gboolean
question_asked_in (const CalfQuestion *question,
                   const CalfRegion   *region)
{
  if (region == NULL)
    return TRUE;
  for (guint i = 0; i < question->regions->len; i++)
    {
      if (g_ptr_array_index (question->regions, i) == region)
        return TRUE;
    }
  return FALSE;
}

/* finding → the yes-no or number question that asks for it. */
static GHashTable *
questions_by_finding (CalfDatabase     *db,
                      const CalfRegion *region)
{
  GHashTable *map = g_hash_table_new (NULL, NULL);
  GPtrArray *questions = calf_database_get_questions (db);

  for (guint i = 0; i < questions->len; i++)
    {
      const CalfQuestion *question = g_ptr_array_index (questions, i);

      if (!question_asked_in (question, region))
        continue;

      if (question->kind != CALF_QUESTION_CHOICE)
        {
          /* A yes-no or number question is the best match: replace a choice. */
          const CalfQuestion *known = g_hash_table_lookup (map, question->finding);

          if (known == NULL || known->kind == CALF_QUESTION_CHOICE)
            g_hash_table_insert (map, (gpointer) question->finding, (gpointer) question);
          continue;
        }

      for (guint j = 0; j < question->choices->len; j++)
        {
          const CalfChoice *choice = g_ptr_array_index (question->choices, j);

          for (guint k = 0; k < choice->sets->len; k++)
            {
              const CalfFindingValue *set = &g_array_index (choice->sets, CalfFindingValue, k);

              if (!g_hash_table_contains (map, set->finding))
                g_hash_table_insert (map, (gpointer) set->finding, (gpointer) question);
            }
        }
    }
  return map;
}

static const CalfChoice *
matching_choice (CalfAnswers        *answers,
                 const CalfQuestion *question)
{
  for (guint i = 0; i < question->choices->len; i++)
    {
      const CalfChoice *choice = g_ptr_array_index (question->choices, i);
      gboolean matches = choice->sets->len > 0;

      for (guint j = 0; matches && j < choice->sets->len; j++)
        {
          const CalfFindingValue *set = &g_array_index (choice->sets, CalfFindingValue, j);
          double value;

          matches = calf_answers_lookup (answers, set->finding, &value) && value == set->value;
        }
      if (matches)
        return choice;
    }
  return NULL;
}

static char *
finding_value_text (const CalfFinding *finding,
                    double             value)
{
  if (finding->type == CALF_FINDING_NUMBER)
    return number_text (finding, value);
  return boolean_text (value != 0);
}

void
calf_report_collect_answers (CalfAnswers *answers,
                             GPtrArray   *out)
{
  g_autoptr(GHashTable) by_finding = NULL;
  g_autoptr(GHashTable) done = g_hash_table_new (NULL, NULL);
  guint n = calf_answers_get_n_answers (answers);

  by_finding = questions_by_finding (calf_answers_get_database (answers),
                                     calf_answers_get_region (answers));

  for (guint i = 0; i < n; i++)
    {
      const CalfAnswer *answer = calf_answers_get_answer (answers, i);
      const CalfQuestion *question = answer->question;
      const CalfChoice *choice;

      if (question == NULL)
        question = g_hash_table_lookup (by_finding, answer->finding);

      /* A choice question that none of its choices fits: the finding alone. */
      if (question != NULL && question->kind == CALF_QUESTION_CHOICE && answer->question == NULL &&
          matching_choice (answers, question) == NULL)
        question = NULL;

      if (question == NULL)
        {
          add_answer (out, answer->finding->id, answer->finding->label,
                      finding_value_text (answer->finding, answer->value));
          continue;
        }

      if (g_hash_table_contains (done, question))
        continue;
      g_hash_table_add (done, (gpointer) question);

      switch (question->kind)
        {
        case CALF_QUESTION_YES_NO:
          add_answer (out, question->id, question->text, boolean_text (answer->value != 0));
          break;

        case CALF_QUESTION_NUMBER:
          add_answer (out, question->id, question->text,
                      number_text (answer->finding, answer->value));
          break;

        case CALF_QUESTION_CHOICE:
          choice = matching_choice (answers, question);
          if (choice != NULL)
            add_answer (out, question->id, question->text, g_strdup (choice->label));
          else
            add_answer (out, question->id, question->text,
                        /* Translators: a finding and its value, e.g. "Pain at night: Yes". */
                        g_strdup_printf (C_("finding value", "%s: %s"), answer->finding->label,
                                         finding_value_text (answer->finding, answer->value)));
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

/**
 * calf_report_reply_text:
 * @reply: an answer given in the question flow
 *
 * Returns: (transfer full): the answer in words: "Yes", "Not sure", a
 *   choice's label or a number with its unit
 */
char *
calf_report_reply_text (const CalfReply *reply)
{
  g_return_val_if_fail (reply != NULL, NULL);

  switch (reply->kind)
    {
    case CALF_REPLY_YES:
      /* Translators: an answer to a yes/no question, in the questions-and-answers table of a
       * report. */
      return g_strdup (_("Yes"));
    case CALF_REPLY_NO:
      /* Translators: an answer to a yes/no question, in the questions-and-answers table of a
       * report. */
      return g_strdup (_("No"));
    case CALF_REPLY_NOT_SURE:
      return g_strdup (_("Not sure"));
    case CALF_REPLY_CHOICE:
      return g_strdup (reply->choice != NULL ? reply->choice->label : _("Not sure"));
    case CALF_REPLY_NUMBER:
      return number_text (reply->question->finding, reply->number);
    default:
      g_return_val_if_reached (NULL);
    }
}

void
calf_report_collect_replies (CalfQuestionFlow *flow,
                             GPtrArray        *out)
{
  guint n = calf_question_flow_get_n_replies (flow);

  for (guint i = 0; i < n; i++)
    {
      const CalfReply *reply = calf_question_flow_get_reply (flow, i);

      add_answer (out, reply->question->id, reply->question->text, calf_report_reply_text (reply));
    }
}
