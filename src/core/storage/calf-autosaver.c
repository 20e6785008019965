/* calf-autosaver.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-autosave"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "calf-autosave.h"
#include "calf-autosaver.h"

struct _CalfAutosaver
{
  GObject       parent_instance;

  char         *path;
  GMainContext *context;
  GThread      *thread;

  /* Main thread only. */
  guint64       requested;
  guint64       done;

  /* Shared with the worker, under lock. */
  GMutex        lock;
  GCond         cond;
  gboolean      has_pending;
  GBytes       *pending;      /* NULL with has_pending: delete the file */
  guint64       pending_serial;
  gboolean      writing;
  gboolean      quit;
};

G_DEFINE_FINAL_TYPE (CalfAutosaver, calf_autosaver, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

enum {
  SAVED,
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  GWeakRef  self;
  guint64   serial;
  GError   *error;
} Report;

static void
report_free (Report *report)
{
  g_weak_ref_clear (&report->self);
  g_clear_error (&report->error);
  g_free (report);
}

/* On the main context: one request is done. */
static gboolean
report_cb (gpointer user_data)
{
  Report *report = user_data;
  g_autoptr(CalfAutosaver) self = g_weak_ref_get (&report->self);
  gboolean was_busy;

  if (self == NULL)
    return G_SOURCE_REMOVE;

  was_busy = calf_autosaver_get_busy (self);
  self->done = MAX (self->done, report->serial);

  if (report->error != NULL)
    g_signal_emit (self, signals[FAILED], 0, report->serial, report->error);
  else
    g_signal_emit (self, signals[SAVED], 0, report->serial);

  if (was_busy != calf_autosaver_get_busy (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);

  return G_SOURCE_REMOVE;
}

static gboolean
delete_file (const char  *path,
             GError     **error)
{
  return calf_autosave_clear (path, error);
}

static gpointer
worker (gpointer data)
{
  CalfAutosaver *self = data;

  g_mutex_lock (&self->lock);
  for (;;)
    {
      g_autoptr(GBytes) bytes = NULL;
      Report *report;
      GSource *source;
      guint64 serial;
      gboolean ok;

      while (!self->has_pending && !self->quit)
        g_cond_wait (&self->cond, &self->lock);
      /* Whatever is queued is written before quitting. */
      if (!self->has_pending)
        break;

      bytes = g_steal_pointer (&self->pending);
      serial = self->pending_serial;
      self->has_pending = FALSE;
      self->writing = TRUE;
      g_mutex_unlock (&self->lock);

      report = g_new0 (Report, 1);
      g_weak_ref_init (&report->self, self);
      report->serial = serial;
      if (bytes != NULL)
        ok = calf_autosave_write (self->path, bytes, &report->error);
      else
        ok = delete_file (self->path, &report->error);
      if (!ok)
        g_message ("Autosave: %s", report->error->message);

      /* An idle source, never g_main_context_invoke(): when the main thread
       * is between iterations, that would run report_cb here, on this
       * thread, and the "saved" handlers touch widgets. */
      source = g_idle_source_new ();
      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_set_callback (source, report_cb, report, (GDestroyNotify) report_free);
      g_source_set_static_name (source, "[calf-check] autosave report");
      g_source_attach (source, self->context);
      g_source_unref (source);

      g_mutex_lock (&self->lock);
      self->writing = FALSE;
      g_cond_broadcast (&self->cond);
    }
  g_mutex_unlock (&self->lock);

  return NULL;
}

static void
calf_autosaver_dispose (GObject *object)
{
  CalfAutosaver *self = (CalfAutosaver *)object;

  /* Nothing queued is ever dropped: the worker finishes it first. */
  if (self->thread != NULL)
    {
      g_mutex_lock (&self->lock);
      self->quit = TRUE;
      g_cond_broadcast (&self->cond);
      g_mutex_unlock (&self->lock);
      g_thread_join (g_steal_pointer (&self->thread));
    }

  G_OBJECT_CLASS (calf_autosaver_parent_class)->dispose (object);
}

static void
calf_autosaver_finalize (GObject *object)
{
  CalfAutosaver *self = (CalfAutosaver *)object;

  g_clear_pointer (&self->pending, g_bytes_unref);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_pointer (&self->path, g_free);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->cond);

  G_OBJECT_CLASS (calf_autosaver_parent_class)->finalize (object);
}

static void
calf_autosaver_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CalfAutosaver *self = CALF_AUTOSAVER (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, calf_autosaver_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
calf_autosaver_class_init (CalfAutosaverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = calf_autosaver_dispose;
  object_class->finalize = calf_autosaver_finalize;
  object_class->get_property = calf_autosaver_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT64);
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT64, G_TYPE_ERROR);
}

static void
calf_autosaver_init (CalfAutosaver *self)
{
  g_mutex_init (&self->lock);
  g_cond_init (&self->cond);
}

CalfAutosaver *
calf_autosaver_new (const char *path)
{
  CalfAutosaver *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (CALF_TYPE_AUTOSAVER, NULL);
  self->path = g_strdup (path);
  self->context = g_main_context_ref_thread_default ();
  self->thread = g_thread_new ("calf-autosave", worker, self);
  return self;
}

const char *
calf_autosaver_get_path (CalfAutosaver *self)
{
  g_return_val_if_fail (CALF_IS_AUTOSAVER (self), NULL);
  return self->path;
}

static guint64
queue (CalfAutosaver *self,
       GBytes        *bytes)
{
  gboolean was_busy = calf_autosaver_get_busy (self);

  g_mutex_lock (&self->lock);
  g_clear_pointer (&self->pending, g_bytes_unref);
  self->pending = bytes;
  self->has_pending = TRUE;
  self->pending_serial = ++self->requested;
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->lock);

  if (!was_busy)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  return self->requested;
}

guint64
calf_autosaver_save (CalfAutosaver    *self,
                     CalfQuestionFlow *flow)
{
  g_return_val_if_fail (CALF_IS_AUTOSAVER (self), 0);
  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (flow), 0);

  return queue (self, calf_autosave_serialize (flow));
}

guint64
calf_autosaver_clear (CalfAutosaver *self)
{
  g_return_val_if_fail (CALF_IS_AUTOSAVER (self), 0);

  return queue (self, NULL);
}

gboolean
calf_autosaver_get_busy (CalfAutosaver *self)
{
  g_return_val_if_fail (CALF_IS_AUTOSAVER (self), FALSE);
  return self->done < self->requested;
}

guint64
calf_autosaver_get_done (CalfAutosaver *self)
{
  g_return_val_if_fail (CALF_IS_AUTOSAVER (self), 0);
  return self->done;
}

void
calf_autosaver_flush (CalfAutosaver *self)
{
  g_return_if_fail (CALF_IS_AUTOSAVER (self));

  g_mutex_lock (&self->lock);
  while (self->has_pending || self->writing)
    g_cond_wait (&self->cond, &self->lock);
  g_mutex_unlock (&self->lock);
}
