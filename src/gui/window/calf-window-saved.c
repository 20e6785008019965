/* calf-window-saved.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-window"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-autosave.h"
#include "calf-start-page.h"
#include "calf-window-private.h"

/* The saved assessment: written after every answer (off the main thread,
 * by CalfAutosaver), offered on the start page, resumed, discarded, and
 * set aside when it cannot be read. */

/* Queued: the worker writes it, coalescing saves that arrive meanwhile. */
void
calf_window_flow_autosave (CalfWindow *self)
{
  if (self->flow == NULL || self->autosaver == NULL)
    return;

  calf_autosaver_save (self->autosaver, self->flow);
}

static void
on_autosave_failed (CalfAutosaver *saver,
                    guint64        serial,
                    const GError  *error,
                    CalfWindow    *self)
{
  g_autofree char *message = NULL;

  /* Translators: %s says why, e.g. "No space left on device". */
  message = g_strdup_printf (_("Your answers could not be saved: %s"), error->message);
  calf_window_flow_toast (self, message);
}

void
calf_window_saved_init (CalfWindow *self)
{
  g_autofree char *path = calf_autosave_get_default_path ();

  self->autosaver = calf_autosaver_new (path);
  g_signal_connect_object (self->autosaver, "failed", G_CALLBACK (on_autosave_failed), self, 0);
}

void
calf_window_clear_saved (CalfWindow *self)
{
  if (self->autosaver != NULL)
    calf_autosaver_clear (self->autosaver);
}

static char *
describe_assessment (CalfQuestionFlow *flow)
{
  CalfAnswers *answers = calf_question_flow_get_answers (flow);
  const CalfRegion *region = calf_answers_get_region (answers);
  guint n = calf_question_flow_get_n_replies (flow);
  g_autofree char *place = NULL;

  if (calf_answers_get_side (answers) == CALF_SIDE_RIGHT)
    /* Translators: a place on the right leg, e.g. "Achilles tendon (right leg)" */
    place = g_strdup_printf (_("%s (right leg)"), region->name);
  else
    /* Translators: a place on the left leg, e.g. "Achilles tendon (left leg)" */
    place = g_strdup_printf (_("%s (left leg)"), region->name);

  /* Translators: "Achilles tendon (left leg): 4 answers given so far." */
  return g_strdup_printf (ngettext ("%s: %u answer given so far.",
                                    "%s: %u answers given so far.", n),
                          place, n);
}

/* A save that cannot be read is moved aside, never overwritten, and the
 * start page says so. */
static void
set_aside_unreadable (CalfWindow   *self,
                      const GError *why)
{
  const char *path = calf_autosaver_get_path (self->autosaver);
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = calf_autosave_set_aside (path, &error);
  g_autofree char *notice = NULL;

  g_message ("%s", why->message);
  if (aside != NULL)
    /* Translators: the first %s says why the file could not be read, the
     * second is the file name it was kept under. */
    notice = g_strdup_printf (_("%s\n\nNothing was deleted: the file was kept as “%s”. "
                                "Your next answers are saved in a new file."),
                              why->message, aside);
  else
    {
      /* It could not be moved: stop saving rather than overwrite it. */
      g_clear_object (&self->autosaver);
      /* Translators: the first %s says why the file could not be read, the
       * second why it could not be moved. */
      notice = g_strdup_printf (_("%s\n\nIt was left as it is, and %s. To keep it safe, "
                                  "answers are not saved until Calf Check starts again."),
                                why->message, error->message);
    }
  calf_start_page_set_notice (CALF_START_PAGE (self->start_page), notice);
}

/* The saved assessment: the one in memory while a save is on its way to
 * disk, otherwise what the disk holds. NULL when there is none or it
 * cannot be read (then it is set aside). */
CalfQuestionFlow *
calf_window_load_saved (CalfWindow *self)
{
  const char *path;
  g_autoptr(GError) error = NULL;
  CalfQuestionFlow *saved;

  if (self->autosaver == NULL)
    return NULL;
  if (calf_autosaver_get_busy (self->autosaver))
    return self->flow != NULL ? g_object_ref (self->flow) : NULL;

  path = calf_autosaver_get_path (self->autosaver);
  if (!calf_autosave_exists (path))
    return NULL;

  saved = calf_autosave_load (path, self->engine, NULL, &error);
  if (saved == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    set_aside_unreadable (self, error);
  return saved;
}

/* Shows or hides the "Resume Your Assessment?" box. */
void
calf_window_refresh_resume (CalfWindow *self)
{
  g_autoptr(CalfQuestionFlow) saved = NULL;
  g_autofree char *description = NULL;

  if (self->start_page == NULL)
    return;

  saved = calf_window_load_saved (self);
  if (saved != NULL)
    description = describe_assessment (saved);

  calf_start_page_set_resume (CALF_START_PAGE (self->start_page), description);
}

gboolean
calf_window_resume_assessment (CalfWindow *self)
{
  g_autoptr(CalfQuestionFlow) flow = NULL;

  g_return_val_if_fail (CALF_IS_WINDOW (self), FALSE);

  if (self->engine == NULL)
    return FALSE;

  flow = calf_window_load_saved (self);
  if (flow == NULL)
    {
      calf_window_refresh_resume (self);
      return FALSE;
    }

  calf_window_pop_to_start (self);
  g_set_object (&self->flow, flow);
  self->cursor = calf_question_flow_get_n_replies (flow);

  /* Asked already when given, or when the questions after it were. */
  self->about_you_asked = calf_answers_get_age (calf_question_flow_get_answers (flow)) >= 0 ||
                          calf_answers_get_sex (calf_question_flow_get_answers (flow)) != CALF_SEX_UNKNOWN;
  for (guint i = 0; i < self->cursor; i++)
    if (!calf_question_flow_get_reply (flow, i)->question->red_flag_screen)
      self->about_you_asked = TRUE;

  calf_window_show_current (self);

  return TRUE;
}

const char *
calf_window_get_autosave_path (CalfWindow *self)
{
  g_return_val_if_fail (CALF_IS_WINDOW (self), NULL);

  return self->autosaver != NULL ? calf_autosaver_get_path (self->autosaver) : NULL;
}

CalfAutosaver *
calf_window_get_autosaver (CalfWindow *self)
{
  g_return_val_if_fail (CALF_IS_WINDOW (self), NULL);

  return self->autosaver;
}
