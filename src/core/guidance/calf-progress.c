/* calf-progress.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-progress"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "calf-progress.h"

gboolean
calf_progress_session_breaks_rule (const CalfHistoryEntry *session,
                                   int                     usual)
{
  g_return_val_if_fail (session != NULL, FALSE);
  g_return_val_if_fail (session->kind == CALF_HISTORY_KIND_SESSION, FALSE);

  if (session->pain_during > CALF_PROGRESS_PAIN_LIMIT)
    return TRUE;
  if (session->pain_next_morning == CALF_HISTORY_NO_PAIN)
    return FALSE;
  return session->pain_next_morning > CALF_PROGRESS_PAIN_LIMIT ||
         (usual != CALF_HISTORY_NO_PAIN && session->pain_next_morning > usual);
}

static void
note_pain (CalfProgress *progress,
           int           pain,
           gint64        time)
{
  if (pain == CALF_HISTORY_NO_PAIN)
    return;
  if (!progress->has_pain)
    {
      progress->has_pain = TRUE;
      progress->first_pain = pain;
      progress->first_time = time;
    }
  progress->last_pain = pain;
  progress->last_time = time;
}

void
calf_progress_compute (GPtrArray    *entries,
                       CalfProgress *progress)
{
  g_autoptr(GPtrArray) sorted = NULL;
  int usual = CALF_HISTORY_NO_PAIN;
  guint broken_in_a_row = 0;

  g_return_if_fail (entries != NULL);
  g_return_if_fail (progress != NULL);

  memset (progress, 0, sizeof *progress);
  /* Borrowed pointers: a copy would take the entries' free function. */
  sorted = g_ptr_array_sized_new (entries->len);
  g_ptr_array_extend (sorted, entries, NULL, NULL);
  g_ptr_array_sort (sorted, calf_history_entry_compare_time);

  for (guint i = 0; i < sorted->len; i++)
    {
      const CalfHistoryEntry *entry = g_ptr_array_index (sorted, i);

      switch (entry->kind)
        {
        case CALF_HISTORY_KIND_ASSESSMENT:
          progress->n_assessments++;
          break;
        case CALF_HISTORY_KIND_SESSION:
          progress->n_sessions++;
          note_pain (progress, entry->pain_during, entry->time);
          if (entry->pain_during == CALF_HISTORY_NO_PAIN && entry->pain_next_morning == CALF_HISTORY_NO_PAIN)
            break;
          if (calf_progress_session_breaks_rule (entry, usual))
            broken_in_a_row++;
          else
            broken_in_a_row = 0;
          break;
        case CALF_HISTORY_KIND_SELFTEST:
          progress->n_selftests++;
          break;
        case CALF_HISTORY_KIND_PAIN:
          progress->n_pain_entries++;
          usual = entry->pain;
          note_pain (progress, entry->pain, entry->time);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  progress->ease_the_load = broken_in_a_row >= 2;
}

/* Exercises done within two hours of each other are one session: the
 * plan's exercises are done together, each with its own guided timer. */
#define SITTING_SECONDS (2 * 60 * 60)

void
calf_progress_set_plan (CalfProgress *progress,
                        GPtrArray    *entries,
                        gint64        start,
                        GPtrArray    *exercises,
                        gint64        now)
{
  g_autoptr(GPtrArray) sorted = NULL;
  gint64 days = now > start ? (now - start) / (24 * 60 * 60) : 0;
  gint64 last_sitting = 0;
  gboolean sat = FALSE;
  int days_per_week = 0, times_per_day = 0, weeks = 0;

  g_return_if_fail (progress != NULL);
  g_return_if_fail (entries != NULL);
  g_return_if_fail (exercises != NULL);

  progress->n_planned = 0;
  progress->n_done_of_plan = 0;

  /* A session is one sitting of the plan: as many training days a week
   * and sittings a day as its busiest exercise asks, for its longest. */
  for (guint i = 0; i < exercises->len; i++)
    {
      const CalfExercise *exercise = g_ptr_array_index (exercises, i);

      days_per_week = MAX (days_per_week, exercise->dose.days_per_week);
      times_per_day = MAX (times_per_day, exercise->dose.times_per_day);
      weeks = MAX (weeks, exercise->dose.weeks);
    }
  days = MIN (days, (gint64) weeks * 7);
  /* Whole training days so far: 3 days a week is 3 in 7, not 3/7 a day. */
  progress->n_planned = (guint) (days * days_per_week / 7) * (guint) times_per_day;

  sorted = g_ptr_array_sized_new (entries->len);
  g_ptr_array_extend (sorted, entries, NULL, NULL);
  g_ptr_array_sort (sorted, calf_history_entry_compare_time);
  for (guint i = 0; i < sorted->len; i++)
    {
      const CalfHistoryEntry *entry = g_ptr_array_index (sorted, i);

      if (entry->kind != CALF_HISTORY_KIND_SESSION || entry->time < start || entry->time > now)
        continue;
      if (!sat || entry->time - last_sitting > SITTING_SECONDS)
        {
          progress->n_done_of_plan++;
          last_sitting = entry->time;
          sat = TRUE;
        }
    }
}

char *
calf_progress_describe (const CalfProgress *progress)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (progress != NULL, NULL);

  if (progress->has_pain && progress->last_time > progress->first_time)
    {
      gint64 days = (progress->last_time - progress->first_time) / (24 * 60 * 60);

      if (days >= 14)
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                   /* Translators: pain scores out of 10, then
                                                    * a number of weeks. */
                                                   "Pain went from %d to %d over %d week.",
                                                   "Pain went from %d to %d over %d weeks.",
                                                   (gulong) (days / 7)),
                                progress->first_pain, progress->last_pain, (int) (days / 7));
      else if (days >= 1)
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                   /* Translators: pain scores out of 10, then
                                                    * a number of days. */
                                                   "Pain went from %d to %d over %d day.",
                                                   "Pain went from %d to %d over %d days.",
                                                   (gulong) days),
                                progress->first_pain, progress->last_pain, (int) days);
      else
        /* Translators: pain scores out of 10. */
        g_string_append_printf (text, _("Pain went from %d to %d within a day."),
                                progress->first_pain, progress->last_pain);
    }
  else if (progress->has_pain)
    /* Translators: a pain score out of 10. */
    g_string_append_printf (text, _("Pain was %d out of 10."), progress->last_pain);
  else
    g_string_append (text, _("No pain scores yet."));

  g_string_append_c (text, ' ');
  if (progress->n_planned > 0)
    /* Translators: a sentence of the progress summary, after the one on pain: "Pain went from 6
     * to 3 over 4 weeks. 14 of 18 planned exercise sessions done." The plural follows the
     * second number, the sessions planned so far. */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u of %u planned exercise session done.",
                                               "%u of %u planned exercise sessions done.", progress->n_planned),
                            progress->n_done_of_plan, progress->n_planned);
  else if (progress->n_sessions == 0)
    g_string_append (text, _("No exercise sessions yet."));
  else
    /* Translators: a sentence of the progress summary, after the one on pain: "Pain went from 6
     * to 3 over 2 weeks. 5 exercise sessions done." */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u exercise session done.",
                                               "%u exercise sessions done.", progress->n_sessions),
                            progress->n_sessions);

  if (progress->ease_the_load)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("The last two sessions hurt more than the exercises allow (above 5 out of 10, "
                               "or not settled by the next morning): ease the load, doing fewer repetitions "
                               "or sets, and ask a physiotherapist if it keeps happening."));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
