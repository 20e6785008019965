/* calf-engine-deps.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-engine"

#include "config.h"

#include "calf-engine-private.h"

/* Who reads each finding: the derived findings, norms, causes and
 * warning-sign triggers whose tests name it, for calf-engine-delta.c. */

/* Counting pass then filling pass over the same (finding, reader) pairs. */
typedef void (*ForEachRead) (CalfEngine *self,
                             void (*add) (gpointer data, guint finding, guint reader),
                             gpointer data);

typedef struct
{
  CalfEngineReaders *readers;
  guint   *fill;
} Build;

static void
count_read (gpointer data,
            guint    finding,
            guint    reader)
{
  Build *build = data;

  build->readers->start[finding + 1]++;
}

static void
fill_read (gpointer data,
           guint    finding,
           guint    reader)
{
  Build *build = data;
  guint *at = &build->fill[finding];

  /* A reader reading the same finding twice is listed once. */
  if (*at > build->readers->start[finding] && build->readers->list[*at - 1] == reader)
    return;
  build->readers->list[(*at)++] = reader;
}

static void
build_readers (CalfEngine        *self,
               CalfEngineReaders *readers,
               ForEachRead        for_each)
{
  guint n = self->findings->len;
  Build build = { readers, NULL };

  readers->start = g_new0 (guint, n + 1);
  for_each (self, count_read, &build);
  for (guint f = 0; f < n; f++)
    readers->start[f + 1] += readers->start[f];
  readers->list = g_new (guint, MAX (readers->start[n], 1));
  build.fill = g_memdup2 (readers->start, sizeof (guint) * (n + 1));
  for_each (self, fill_read, &build);
  /* Duplicates left gaps: close them. */
  {
    guint out = 0;

    for (guint f = 0; f < n; f++)
      {
        guint from = readers->start[f];

        readers->start[f] = out;
        for (guint i = from; i < build.fill[f]; i++)
          readers->list[out++] = readers->list[i];
      }
    readers->start[n] = out;
  }
  g_free (build.fill);
}

static void
add_tests (const CompiledTest *tests,
           guint               n_tests,
           guint               reader,
           void              (*add) (gpointer, guint, guint),
           gpointer            data)
{
  for (guint i = 0; i < n_tests; i++)
    if (tests[i].kind == CALF_TEST_FINDING)
      add (data, (guint) tests[i].finding, reader);
}

static void
add_rule (const CompiledRule *rule,
          guint               reader,
          void              (*add) (gpointer, guint, guint),
          gpointer            data)
{
  add_tests (rule->tests, rule->n_all + rule->n_any + rule->n_none, reader, add, data);
}

static void
derived_reads (CalfEngine *self,
               void      (*add) (gpointer, guint, guint),
               gpointer    data)
{
  for (guint d = 0; d < self->derived->len; d++)
    {
      const CompiledDerived *derived = &g_array_index (self->derived, CompiledDerived, d);

      if (derived->rule != NULL)
        add_rule (derived->rule, d, add, data);
      else
        add_tests (derived->count, derived->n_count, d, add, data);
    }
}

static void
norm_reads (CalfEngine *self,
            void      (*add) (gpointer, guint, guint),
            gpointer    data)
{
  for (guint i = 0; i < self->norms->len; i++)
    {
      const CalfNorm *norm = g_ptr_array_index (self->norms, i);

      add (data, (guint) calf_engine_finding_index (self, norm->finding), i);
    }
}

static void
condition_reads (CalfEngine *self,
                 void      (*add) (gpointer, guint, guint),
                 gpointer    data)
{
  for (guint c = 0; c < self->conditions->len; c++)
    {
      const CompiledScoring *scoring = &self->scoring[c];

      add_tests (scoring->evidence, scoring->n_evidence, c, add, data);
      for (guint j = 0; j < scoring->escalations->len; j++)
        add_rule (g_array_index (scoring->escalations, CompiledTrigger, j).rule, c, add, data);
    }
}

static void
trigger_reads (CalfEngine *self,
               void      (*add) (gpointer, guint, guint),
               gpointer    data)
{
  for (guint t = 0; t < self->triggers->len; t++)
    add_rule (g_array_index (self->triggers, CompiledTrigger, t).rule, t, add, data);
}

/* The longest chain of derived findings below derived @d; FALSE on a
 * cycle, which the validator rejects but the index must not loop on. */
static gboolean
rank_derived (CalfEngine     *self,
              CalfEngineDeps *deps,
              const int      *derived_at,
              guint8         *visiting,
              guint           d)
{
  const CompiledDerived *derived = &g_array_index (self->derived, CompiledDerived, d);
  const CompiledTest *tests = derived->rule != NULL ? derived->rule->tests : derived->count;
  guint n_tests = derived->rule != NULL ? derived->rule->n_all + derived->rule->n_any + derived->rule->n_none
                                        : derived->n_count;
  guint rank = 0;

  if (visiting[d] == 2)
    return TRUE;
  if (visiting[d] == 1)
    return FALSE;
  visiting[d] = 1;
  for (guint i = 0; i < n_tests; i++)
    {
      int below = tests[i].kind == CALF_TEST_FINDING ? derived_at[tests[i].finding] : -1;

      if (below < 0)
        continue;
      if (!rank_derived (self, deps, derived_at, visiting, (guint) below))
        return FALSE;
      rank = MAX (rank, deps->rank[below] + 1);
    }
  deps->rank[d] = rank;
  visiting[d] = 2;
  return TRUE;
}

void
calf_engine_deps_free (CalfEngineDeps *deps)
{
  CalfEngineReaders *all[] = { &deps->derived, &deps->norms, &deps->conditions, &deps->triggers };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      g_free (all[i]->start);
      g_free (all[i]->list);
    }
  g_free (deps->rank);
  g_free (deps->computed);
  g_free (deps);
}

CalfEngineDeps *
calf_engine_deps_new (CalfEngine *self)
{
  CalfEngineDeps *deps = g_new0 (CalfEngineDeps, 1);
  g_autofree int *derived_at = g_new (int, MAX (self->findings->len, 1));
  g_autofree guint8 *visiting = g_new0 (guint8, MAX (self->derived->len, 1));
  gboolean usable = TRUE;

  build_readers (self, &deps->derived, derived_reads);
  build_readers (self, &deps->norms, norm_reads);
  build_readers (self, &deps->conditions, condition_reads);
  build_readers (self, &deps->triggers, trigger_reads);

  deps->computed = g_new0 (guint8, MAX (self->findings->len, 1));
  for (guint f = 0; f < self->findings->len; f++)
    derived_at[f] = -1;
  for (guint d = 0; d < self->derived->len; d++)
    {
      guint f = g_array_index (self->derived, CompiledDerived, d).index;

      derived_at[f] = (int) d;
      deps->computed[f] = 1;
    }
  for (guint i = 0; i < self->norms->len; i++)
    {
      const CalfNorm *norm = g_ptr_array_index (self->norms, i);

      deps->computed[calf_engine_finding_index (self, norm->derived)] = 1;
      /* Norms are worked out before derived findings: a norm of one would
       * need the full passes. */
      if (derived_at[calf_engine_finding_index (self, norm->finding)] >= 0)
        usable = FALSE;
    }

  deps->rank = g_new0 (guint, MAX (self->derived->len, 1));
  for (guint d = 0; d < self->derived->len && usable; d++)
    usable = rank_derived (self, deps, derived_at, visiting, d);

  if (!usable)
    g_clear_pointer (&deps, calf_engine_deps_free);
  return deps;
}
