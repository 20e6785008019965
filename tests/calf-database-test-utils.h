/* calf-database-test-utils.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-database.h"

G_BEGIN_DECLS

/* tests/databases/NAME, and its contents. */
char *calf_test_db_fixture_path    (const char        *name);
char *calf_test_db_read_fixture    (const char        *name);
/* Loads @text as "case.json"; the error must have @code and a message
 * holding @expected (and @also, when not NULL). */
void  calf_test_db_assert_broken   (const char        *text,
                                    gsize              length,
                                    CalfDatabaseError  code,
                                    const char        *expected,
                                    const char        *also);
/* Replaces the one place where @find occurs (asserting there is exactly one). */
char *calf_test_db_apply_edit      (const char        *text,
                                    const char        *find,
                                    const char        *replace);
char *calf_test_db_write_temp_file (const char        *dir,
                                    const char        *name,
                                    const char        *text,
                                    gssize             length);
void  calf_test_db_remove_tree     (const char        *dir);
void  calf_test_db_copy_folder     (const char        *from,
                                    const char        *to);
/* The choice of @question that says "none of these" (every finding it
 * sets is false), or else its "Not sure". */
const CalfChoice *calf_test_db_no_choice (const CalfQuestion *question);

G_END_DECLS
