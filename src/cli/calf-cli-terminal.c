/* calf-cli-terminal.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "calf-cli.h"
#include "calf-report.h"

/*
 * `calf-check --interview` on a terminal: the same assessment as the
 * window, asked in plain words with numbered answers. "b" goes back, "?"
 * says why a question is asked, an empty line or end of input stops.
 */

typedef struct
{
  const char *label;
  const char *key;     /* what it means: "yes", a choice id, … */
} Option;

/* NULL at the end of input. */
static char *
prompt (const char *text)
{
  char buffer[1024];

  fputs (text, stdout);
  fflush (stdout);
  if (fgets (buffer, sizeof buffer, stdin) == NULL)
    return NULL;
  return g_strstrip (g_strdup (buffer));
}

/* Asks until a valid number is typed; -1 for "b" (back), -2 at the end of
 * input, -3 for "?" (help). */
static int
choose (const char   *title,
        const Option *options,
        guint         n_options,
        gboolean      can_go_back)
{
  for (;;)
    {
      g_autofree char *answer = NULL;
      guint64 n;

      g_print ("\n%s\n", title);
      for (guint i = 0; i < n_options; i++)
        g_print ("  %u) %s\n", i + 1, options[i].label);
      if (can_go_back)
        /* Translators: the keys a person can type besides a number. */
        g_print ("  %s\n", _("b) Back    ?) Why this is asked"));

      answer = prompt ("> ");
      if (answer == NULL)
        return -2;
      if (can_go_back && g_str_equal (answer, "b"))
        return -1;
      if (can_go_back && g_str_equal (answer, "?"))
        return -3;
      if (g_ascii_string_to_unsigned (answer, 10, 1, n_options, &n, NULL))
        return (int) n - 1;
      /* Translators: %u is the number of the last answer offered, e.g. 3 when there are three. */
      g_print (_("Type a number from 1 to %u.\n"), n_options);
    }
}

static void
explain (const CalfQuestion *question)
{
  g_print ("\n%s\n", question->help_why);
  for (guint i = 0; question->help_how[i] != NULL; i++)
    g_print ("  • %s\n", question->help_how[i]);
}

/* One question; FALSE at the end of input. */
static gboolean
ask (CalfQuestionFlow   *flow,
     const CalfQuestion *question)
{
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;
  guint remaining = calf_question_flow_estimate_remaining (flow);

  /* Translators: a question, then how many are left, e.g. "(about 5 more)". */
  title = g_strdup_printf (ngettext ("%s\n(about %u more question)", "%s\n(about %u more questions)", remaining),
                           question->text, remaining);

  for (;;)
    {
      Option options[16];
      guint n = 0;
      int picked;
      gboolean ok = TRUE;

      if (question->kind == CALF_QUESTION_CHOICE)
        {
          for (guint i = 0; i < question->choices->len && n < G_N_ELEMENTS (options); i++)
            {
              const CalfChoice *choice = g_ptr_array_index (question->choices, i);

              options[n++] = (Option) { choice->label, choice->id };
            }
        }
      else if (question->kind == CALF_QUESTION_YES_NO)
        {
          /* Translators: an answer to a yes/no question, in a numbered list in the terminal
           * interview. */
          options[n++] = (Option) { _("Yes"), "yes" };
          /* Translators: an answer to a yes/no question, in a numbered list in the terminal
           * interview. */
          options[n++] = (Option) { _("No"), "no" };
          /* Translators: the third answer to a self-test question (a test the person does on
           * the leg), in place of "Not sure". */
          options[n++] = (Option) { question->self_test ? _("Can’t check now") : _("Not sure"), "not-sure" };
        }

      if (question->kind == CALF_QUESTION_NUMBER)
        {
          g_autofree char *answer = NULL;
          double value;
          char *end = NULL;

          g_print ("\n%s\n", title);
          /* Translators: e.g. "Type a number of cm from 0 to 30, n if you are not sure, b to go back, ? for why." */
          g_print (_("Type a number of %s from %g to %g, n if you are not sure, b to go back, ? for why.\n"),
                   question->finding->unit, question->finding->min, question->finding->max);
          answer = prompt ("> ");
          if (answer == NULL)
            return FALSE;
          if (g_str_equal (answer, "b"))
            return calf_question_flow_go_back (flow) || TRUE;
          if (g_str_equal (answer, "?"))
            {
              explain (question);
              continue;
            }
          if (g_str_equal (answer, "n"))
            ok = calf_question_flow_reply_yes_no (flow, question, CALF_REPLY_NOT_SURE, &error);
          else
            {
              value = g_ascii_strtod (answer, &end);
              if (end == answer || *end != '\0')
                {
                  g_print (_("That is not a number.\n"));
                  continue;
                }
              ok = calf_question_flow_reply_number (flow, question, value, &error);
            }
        }
      else
        {
          picked = choose (title, options, n, TRUE);
          if (picked == -2)
            return FALSE;
          if (picked == -1)
            {
              calf_question_flow_go_back (flow);
              return TRUE;
            }
          if (picked == -3)
            {
              explain (question);
              continue;
            }
          if (question->kind == CALF_QUESTION_CHOICE)
            ok = calf_question_flow_reply_choice (flow, question, options[picked].key, &error);
          else
            ok = calf_question_flow_reply_yes_no (flow, question,
                                                  picked == 0 ? CALF_REPLY_YES :
                                                  picked == 1 ? CALF_REPLY_NO : CALF_REPLY_NOT_SURE,
                                                  &error);
        }

      if (ok)
        return TRUE;
      g_print ("%s\n", error->message);
      g_clear_error (&error);
    }
}

int
calf_cli_interview_terminal (CalfEngine *engine)
{
  CalfDatabase *database = calf_engine_get_database (engine);
  GPtrArray *regions = calf_database_get_regions (database);
  g_autofree Option *places = g_new0 (Option, regions->len);
  g_autoptr(CalfQuestionFlow) flow = NULL;
  g_autoptr(CalfReport) report = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = NULL;
  g_autofree char *age = NULL;
  const Option legs[] = {
    /* Translators: an answer to "Which leg?" in the terminal interview: the left leg. */
    { _("Left"), "left" },
    /* Translators: an answer to "Which leg?" in the terminal interview: the right leg. */
    { _("Right"), "right" },
    /* Translators: an answer to "Which leg?" in the terminal interview: both legs. */
    { _("Both"), "both" } };
  /* Translators: answers to "Your sex, which some causes depend on:" in the terminal interview. */
  const Option sexes[] = { { _("Female"), "female" }, { _("Male"), "male" }, { _("I’d rather not say"), "" } };
  int region, leg, sex;
  CalfSide side;

  g_print ("%s\n", _("Calf Check asks about pain at the back of the lower leg, warning signs first. "
                     "It gives guidance, not a diagnosis. If you are very unwell, call your local "
                     "emergency number now."));

  for (guint i = 0; i < regions->len; i++)
    places[i] = (Option) { _(((const CalfRegion *) g_ptr_array_index (regions, i))->name),
                           ((const CalfRegion *) g_ptr_array_index (regions, i))->id };
  if ((region = choose (_("Where does it hurt most?"), places, regions->len, FALSE)) < 0 ||
      (leg = choose (_("Which leg?"), legs, G_N_ELEMENTS (legs), FALSE)) < 0)
    return CALF_CLI_EXIT_BAD_INPUT;

  calf_side_from_string (legs[leg].key, &side);
  flow = calf_question_flow_new (engine, g_ptr_array_index (regions, region), side);

  /* Translators: a prompt on a terminal: keep the line break at the start and the space at the
   * end, where the person types. */
  age = prompt (_("\nHow old are you? (press Enter to skip) "));
  if (age != NULL && *age != '\0')
    {
      g_autoptr(GError) error = NULL;
      guint64 years;

      if (!g_ascii_string_to_unsigned (age, 10, 0, 150, &years, &error) ||
          !calf_question_flow_set_age (flow, (double) years, &error))
        /* Translators: %s says why the age typed was not used, e.g. "age: expected a number of
         * years from 0 to 120". */
        g_print (_("Age left out: %s\n"), error->message);
    }
  if ((sex = choose (_("Your sex, which some causes depend on:"), sexes, G_N_ELEMENTS (sexes), FALSE)) < 0)
    return CALF_CLI_EXIT_BAD_INPUT;
  if (sex < 2)
    calf_question_flow_set_sex (flow, sex == 0 ? CALF_SEX_FEMALE : CALF_SEX_MALE);

  while (!calf_question_flow_is_finished (flow))
    {
      if (!ask (flow, calf_question_flow_get_next (flow)))
        {
          g_print ("\n%s\n", _("Stopped before the end: no advice was given."));
          return CALF_CLI_EXIT_BAD_INPUT;
        }
    }

  report = calf_report_new_for_flow (flow, now);
  text = calf_report_render_text (report);
  g_print ("\n%s", text);
  return 0;
}
