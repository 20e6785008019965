/* calf-database-params.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One tunable number of the engine, kept in the database's "engine" object. */
typedef struct
{
  const char *name;
  double      min;
  double      max;
  double      default_value;
  const char *meaning;   /* for data/README.md and validation messages */
} CalfDatabaseParam;

/* The loader rejects any key of "engine" that is not listed here. */
const CalfDatabaseParam *calf_database_params_get    (guint      *n_params);
const CalfDatabaseParam *calf_database_params_lookup (const char *name);

G_END_DECLS
