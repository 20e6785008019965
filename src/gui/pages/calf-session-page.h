/* calf-session-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "calf-database.h"
#include "calf-session.h"

G_BEGIN_DECLS

/*
 * CalfSessionPage: a guided session of one exercise (a CalfSession): a big
 * countdown, the set and repetition counter, a rest timer, Pause/Resume
 * (also Space), Stop. At the end of each hold the countdown changes colour
 * (and pulses when animations are on) and the bell sounds where the
 * settings allow it. While a timer runs the session stops the computer
 * from going idle. Emits ::closed when the person stops or is done.
 */

#define CALF_TYPE_SESSION_PAGE (calf_session_page_get_type ())

G_DECLARE_FINAL_TYPE (CalfSessionPage, calf_session_page, CALF, SESSION_PAGE, AdwBin)

GtkWidget   *calf_session_page_new            (CalfDatabase       *database,
                                               const CalfExercise *exercise);
CalfSession *calf_session_page_get_session    (CalfSessionPage    *self);
/* What was done, for the history: FALSE when nothing was. */
gboolean     calf_session_page_get_work       (CalfSessionPage    *self,
                                               guint              *sets_done,
                                               guint              *reps_done,
                                               guint              *seconds);
/* The pain during the session, 0–10, chosen at its end; -1 when none. */
int          calf_session_page_get_pain       (CalfSessionPage    *self);
/* Whether the session is kept in the history (TRUE at first): without,
 * its end asks for no pain score or note. */
void         calf_session_page_set_keeps_history (CalfSessionPage *self,
                                                  gboolean         keeps);
/* The note written at its end, or NULL. */
char        *calf_session_page_dup_note       (CalfSessionPage    *self);
/* Moves the keyboard focus to the button that goes on. */
void         calf_session_page_focus_default  (CalfSessionPage    *self);
/* Whether the page has asked the application to inhibit idle now (the
 * desktop may not grant it). */
gboolean     calf_session_page_get_inhibiting (CalfSessionPage    *self);
/* The chime at the end of a hold and of a rest. */
#define CALF_SESSION_CUE_RESOURCE "/io/github/calfcheck/CalfCheck/sounds/session-cue.wav"
GtkMediaStream *calf_session_page_get_cue_sound (CalfSessionPage *self,
                                                guint           *n_played);
/* The phase in words, as last given to assistive technology. */
const char  *calf_session_page_get_status     (CalfSessionPage    *self);

/* Loads the style sheet of the exercise pages once per display. */
void         calf_exercise_style_ensure       (GdkDisplay         *display);

G_END_DECLS
