/* calf-window-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-history.h"
#include "calf-report.h"
#include "calf-window.h"
#include "calf-engine.h"
#include "calf-autosaver.h"
#include "calf-question-flow.h"

G_BEGIN_DECLS

struct _CalfWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  CalfDatabase         *database;       /* NULL when it failed to load */
  GPtrArray            *pages;          /* of PageEntry, bottom first */

  /* The assessment (calf-window-flow.c). */
  CalfEngine           *engine;
  CalfQuestionFlow     *flow;
  GtkWidget            *start_page;
  GtkWidget            *about_you_page;  /* weak: while pushed */
  GtkWidget            *question_page;   /* weak: while pushed */
  GtkWidget            *results_page;    /* weak: while pushed */
  guint                 cursor;          /* reply shown; n_replies = the next question */
  gboolean              about_you_asked; /* age and sex, after the red-flag screen */
  CalfAutosaver        *autosaver;       /* NULL without a database */
  guint                 trim_source;     /* gives closed pages' memory back */

  /* The history (calf-window-history.c), opened on a thread when first
   * needed; what waits for it meanwhile. */
  CalfHistory          *history;
  char                 *history_error;   /* why it could not be opened */
  GPtrArray            *history_waiting; /* of HistoryWaiter, while opening */
  CalfQuestionFlow     *history_flow;    /* weak: the flow whose assessment was kept */
  gint64                history_assessment_id;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwHeaderBar         *header_bar;
  AdwWindowTitle       *window_title;
  GtkButton            *back_button;
  GtkMenuButton        *primary_menu_button;
  GtkStack             *main_stack;
  AdwBin               *start_bin;
  AdwStatusPage        *error_page;
};

GtkWidget *calf_window_get_page_at_depth (CalfWindow     *self,
                                          guint           depth);
/* Names @page and its scroll panes @title for assistive technology. */
void       calf_window_name_page         (GtkWidget      *page,
                                          const char     *title);
void       calf_window_push_page_full    (CalfWindow     *self,
                                          GtkWidget      *page,
                                          const char     *title,
                                          const char     *subtitle);

/* calf-window-saved.c: the saved assessment. */
void              calf_window_saved_init      (CalfWindow     *self);
void              calf_window_clear_saved     (CalfWindow     *self);
/* The assessment saved (or on its way to disk), or NULL. */
CalfQuestionFlow *calf_window_load_saved      (CalfWindow     *self);
/* Shows or hides the start page's offer to resume it. */
void              calf_window_refresh_resume  (CalfWindow     *self);

/* calf-window-history.c: the history (issue 15). */
void       calf_window_history_init       (CalfWindow      *self);
void       calf_window_history_dispose    (CalfWindow      *self);
/* Keeps @entry (transfer full) when the history is on; says so in a toast
 * only when it fails. */
void       calf_window_history_record     (CalfWindow      *self,
                                           CalfHistoryEntry *entry);
/* calf-window-actions.c: what win.print and win.export write: the past
 * assessment on top, else the one in progress; with the history's
 * progress when there is one. */
CalfReport *calf_window_create_report     (CalfWindow      *self);
/* calf-window-outcome.c: an assessment from the history. */
void       calf_window_show_past_results  (CalfWindow      *self,
                                           CalfAnswers     *answers,
                                           CalfResult      *result,
                                           GDateTime       *created);
/* Deletes every entry (Preferences asks first). */
void       calf_window_history_delete_all  (CalfWindow      *self);
/* Keeps a session just done, with the pain during it (0–10, or -1) and
 * a note (nullable). */
void       calf_window_history_record_session (CalfWindow         *self,
                                               const CalfExercise *exercise,
                                               guint               sets_done,
                                               guint               reps_done,
                                               guint               seconds,
                                               int                 pain,
                                               const char         *note);
/* Keeps the finished assessment of the flow in progress, once per flow:
 * shown again after a change, it replaces the one kept before. */
void       calf_window_history_record_assessment (CalfWindow *self);

/* calf-window-flow.c */
void       calf_window_flow_class_init   (GtkWidgetClass *widget_class);
void       calf_window_flow_init         (CalfWindow     *self);
void       calf_window_flow_dispose      (CalfWindow     *self);
gboolean   calf_window_flow_handle_back  (CalfWindow     *self);
void       calf_window_flow_page_shown   (CalfWindow     *self);

/* Shared by calf-window-flow.c and calf-window-outcome.c. */
void        calf_window_flow_toast       (CalfWindow     *self,
                                          const char     *message);
void        calf_window_flow_autosave    (CalfWindow     *self);
void        calf_window_show_current     (CalfWindow     *self);
void        calf_window_show_answers     (CalfWindow     *self);
gpointer    calf_window_top_page_of_type (CalfWindow     *self,
                                          GType           type);
const char *calf_window_flow_subtitle    (CalfWindow     *self);
void        calf_window_change_answers   (CalfWindow     *self);
void        calf_window_confirm_discard  (CalfWindow     *self,
                                          const char     *heading,
                                          const char     *confirm_label);
void        calf_window_show_results     (CalfWindow     *self);
void        calf_window_show_red_flag    (CalfWindow     *self,
                                          CalfResult     *result,
                                          const CalfQuestion *question);
typedef struct _CalfRedFlagPage CalfRedFlagPage;
void        calf_window_red_flag_change_answer (CalfWindow *self,
                                                CalfRedFlagPage *page);

/* For tests and the actions: the assessment in progress, or NULL. */
CalfQuestionFlow *calf_window_get_flow         (CalfWindow     *self);
const char       *calf_window_get_autosave_path (CalfWindow    *self);
/* Writes the assessment in progress off the main thread; tests wait for
 * its "saved" signal. */
CalfAutosaver    *calf_window_get_autosaver    (CalfWindow     *self);
/* Starts an assessment as activating a region on the start page does. */
void              calf_window_start_assessment (CalfWindow     *self,
                                                const char     *region_id,
                                                CalfSide        side);
/* Continues the saved assessment, as the start page's Resume button does. */
gboolean          calf_window_resume_assessment (CalfWindow    *self);
/* Forgets the assessment (no confirmation) and shows the start page. */
void              calf_window_discard_assessment (CalfWindow   *self);

/* calf-window-actions.c: print and export */
void       calf_window_actions_class_init (GtkWidgetClass *widget_class);
void       calf_window_actions_init       (CalfWindow     *self);
void       calf_window_actions_update     (CalfWindow     *self);

G_END_DECLS
