/* calf-session-page-end.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The end of a guided session, for the history: what was done, how long
 * it took, the pain during it (0 to 10, none chosen at first) and a note.
 */

#define G_LOG_DOMAIN "calf-session-page"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-session-page-private.h"

static void
on_pain_toggled (GtkToggleButton *button,
                 CalfSessionPage *self)
{
  if (gtk_toggle_button_get_active (button))
    self->pain = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "calf-pain"));
}

/* 0 to 10 as a row of linked buttons, none chosen at first: a score is
 * given or not, never assumed. */
void
calf_session_page_add_pain_buttons (CalfSessionPage *self)
{
  GtkToggleButton *group = NULL;

  self->pain = -1;
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->pain_box), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  self->pain_label, NULL, -1);
  for (int i = 0; i <= 10; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", i);
      g_autofree char *name = NULL;
      GtkWidget *button = gtk_toggle_button_new_with_label (label);

      /* Translators: a button's name for screen readers, e.g. "Pain 3 out of 10". */
      name = g_strdup_printf (_("Pain %d out of 10"), i);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      group = GTK_TOGGLE_BUTTON (button);
      g_object_set_data (G_OBJECT (button), "calf-pain", GINT_TO_POINTER (i));
      g_signal_connect (button, "toggled", G_CALLBACK (on_pain_toggled), self);
      gtk_box_append (GTK_BOX (self->pain_buttons), button);
    }
}

/**
 * calf_session_page_get_work:
 * @self: a #CalfSessionPage
 * @sets_done: (out): whole sets done
 * @reps_done: (out): repetitions done in all sets
 * @seconds: (out): from Start to the end (or now)
 *
 * What was done, for the history. Returns: %FALSE when nothing was.
 */
gboolean
calf_session_page_get_work (CalfSessionPage *self,
                            guint           *sets_done,
                            guint           *reps_done,
                            guint           *seconds)
{
  CalfSessionPhase phase;
  guint n_reps;
  gint64 end;

  g_return_val_if_fail (CALF_IS_SESSION_PAGE (self), FALSE);

  phase = calf_session_get_phase (self->session);
  n_reps = calf_session_get_n_reps (self->session);
  *sets_done = phase == CALF_SESSION_PHASE_STOPPED ? self->sets_done_when_stopped
                                                   : calf_session_page_sets_done (self->session);
  *reps_done = *sets_done * n_reps;
  /* The repetitions of a set left half way. */
  if (phase == CALF_SESSION_PHASE_STOPPED && calf_session_get_set (self->session) > *sets_done &&
      calf_session_get_rep (self->session) > 1)
    *reps_done += calf_session_get_rep (self->session) - 1;

  end = self->ended_at != 0 ? self->ended_at : g_get_monotonic_time ();
  *seconds = self->started_at != 0 ? (guint) ((end - self->started_at) / G_USEC_PER_SEC) : 0;
  return *reps_done > 0;
}

/**
 * calf_session_page_get_pain:
 * @self: a #CalfSessionPage
 *
 * Returns: the pain during the session chosen at its end (0–10), or -1
 */
int
calf_session_page_get_pain (CalfSessionPage *self)
{
  g_return_val_if_fail (CALF_IS_SESSION_PAGE (self), -1);
  return self->pain;
}

/**
 * calf_session_page_dup_note:
 * @self: a #CalfSessionPage
 *
 * Returns: (transfer full) (nullable): the note written at the end, or
 *   %NULL when there is none
 */
char *
calf_session_page_dup_note (CalfSessionPage *self)
{
  g_autofree char *note = NULL;

  g_return_val_if_fail (CALF_IS_SESSION_PAGE (self), NULL);

  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));
  return *note != '\0' ? g_steal_pointer (&note) : NULL;
}

/**
 * calf_session_page_set_keeps_history:
 * @self: a #CalfSessionPage
 * @keeps: whether the session will be kept in the history
 *
 * Without a history the end of the session asks for no pain score or note.
 */
void
calf_session_page_set_keeps_history (CalfSessionPage *self,
                                     gboolean         keeps)
{
  g_return_if_fail (CALF_IS_SESSION_PAGE (self));
  self->no_history = !keeps;
}
