/* calf-session-page-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-illustration.h"
#include "calf-session-page.h"

G_BEGIN_DECLS

struct _CalfSessionPage
{
  AdwBin              parent_instance;

  CalfDatabase       *database;
  const CalfExercise *exercise;
  CalfSession        *session;

  guint               tick_id;
  guint               cue_id;
  /* Asked for while a timer runs; the cookie is 0 when the desktop has no
   * session manager or portal to grant it. */
  gboolean            inhibit_requested;
  guint               inhibit_cookie;
  GtkApplication     *inhibit_app;

  /* What assistive technology was last told, and the phase it was about:
   * said again only when the phase changes, not every second. */
  CalfSessionPhase    status_phase;
  gboolean            status_paused;
  char               *status;
  guint               sets_done_when_stopped;
  GtkWidget          *pain_box;
  GtkWidget          *pain_label;
  GtkWidget          *pain_buttons;
  GtkWidget          *note_entry;
  int                 pain;           /* chosen at the end, or -1 */
  gboolean            no_history;     /* nothing is kept: no score to ask */
  gint64              started_at;     /* monotonic µs; 0 before Start */
  gint64              ended_at;       /* when it finished or was stopped */
  GtkWidget          *confirm_stop;   /* a CalfAlert while it asks */
  GtkMediaStream     *cue_sound;      /* made on the first cue */
  guint               n_cues;

  /* Template widgets */
  CalfIllustration   *illustration;
  GtkLabel           *name_label;
  GtkLabel           *phase_label;
  GtkLabel           *countdown_label;
  GtkProgressBar     *progress_bar;
  GtkLabel           *counter_label;
  GtkLabel           *hint_label;
  GtkButton          *rep_button;
  GtkButton          *main_button;
  GtkButton          *skip_button;
  GtkButton          *stop_button;
};

/* calf-session-page-display.c */
void   calf_session_page_update_display (CalfSessionPage *self);
/* Sets finished, counting one under way as not done. */
guint  calf_session_page_sets_done      (CalfSession     *session);

/* calf-session-page-end.c: the pain score's buttons. */
void calf_session_page_add_pain_buttons (CalfSessionPage *self);

G_END_DECLS
