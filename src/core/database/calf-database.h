/* calf-database.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "calf-types.h"

G_BEGIN_DECLS

/*
 * The condition database: every clinical word and number the app uses.
 *
 * A CalfDatabase is immutable once loaded. The records below are plain
 * structs owned by the database: callers get `const` pointers that stay
 * valid for the database's lifetime and must never modify or free them.
 * Cross references (a question's finding, a condition's references, …) are
 * resolved to pointers at load time, so a loaded database has no dangling
 * ids. See data/README.md for the file format these mirror.
 */

#define CALF_DATABASE_SCHEMA_VERSION 1

/* What the engine can take; the validator refuses more. The engine keeps
 * a rule's regions in one 64-bit mask, and settles derived findings in
 * this many passes, so a derived finding may rest on a chain of at most
 * this many derived findings (itself included). */
#define CALF_DATABASE_MAX_REGIONS       64
#define CALF_DATABASE_MAX_DERIVED_DEPTH 4

#define CALF_DATABASE_ERROR (calf_database_error_quark ())

typedef enum
{
  CALF_DATABASE_ERROR_IO,         /* cannot read the file or folder */
  CALF_DATABASE_ERROR_SYNTAX,     /* not well-formed JSON / UTF-8, too large or too deep */
  CALF_DATABASE_ERROR_SCHEMA,     /* wrong type, missing or unknown key, bad value */
  CALF_DATABASE_ERROR_REFERENCE,  /* dangling or duplicate id, missing required coverage */
  CALF_DATABASE_ERROR_VERSION,    /* unsupported schema_version */
} CalfDatabaseError;

typedef struct _CalfRegion          CalfRegion;
typedef struct _CalfFinding         CalfFinding;
typedef struct _CalfTest            CalfTest;
typedef struct _CalfRule            CalfRule;
typedef struct _CalfQuestion        CalfQuestion;
typedef struct _CalfChoice          CalfChoice;
typedef struct _CalfFindingValue    CalfFindingValue;
typedef struct _CalfCondition       CalfCondition;
typedef struct _CalfConditionScoring CalfConditionScoring;
typedef struct _CalfEvidence        CalfEvidence;
typedef struct _CalfEscalation      CalfEscalation;
typedef struct _CalfExercise        CalfExercise;
typedef struct _CalfDose            CalfDose;
typedef struct _CalfSafetyStatement CalfSafetyStatement;
typedef struct _CalfReference       CalfReference;
typedef struct _CalfLikelihoodBand  CalfLikelihoodBand;
typedef struct _CalfTriageInfo      CalfTriageInfo;
typedef struct _CalfNorm            CalfNorm;
typedef struct _CalfNormRow         CalfNormRow;

struct _CalfReference
{
  const char *id;
  const char *title;
  const char *source;   /* publisher or journal */
  int         year;
  const char *authors;  /* nullable */
  const char *url;      /* nullable */
};

struct _CalfRegion
{
  const char  *id;
  const char  *name;
  const char  *anatomy;
  GPtrArray   *typical_conditions;   /* of const CalfCondition * */
};

typedef enum
{
  CALF_FINDING_CATEGORY_ONSET,
  CALF_FINDING_CATEGORY_PAIN,
  CALF_FINDING_CATEGORY_LOOK,
  CALF_FINDING_CATEGORY_FUNCTION,
  CALF_FINDING_CATEGORY_NERVES,
  CALF_FINDING_CATEGORY_RISK,
  CALF_FINDING_CATEGORY_RED_FLAG,
  CALF_FINDING_CATEGORY_DERIVED,
} CalfFindingCategory;

struct _CalfFinding
{
  const char         *id;
  CalfFindingType     type;
  CalfFindingCategory category;
  const char         *label;        /* short, for reports: "Felt a pop or kick" */
  const char         *lay;          /* what it means, in lay words */
  const char         *unit;         /* number findings only, else NULL */
  double              min;          /* number findings only */
  double              max;          /* number findings only */
  gboolean            integer;      /* number findings only */
  gboolean            red_flag;
  /* How often a person with calf pain would answer yes, for choosing
   * questions; negative when not given (then a rate for the category). */
  double              prevalence;
  /* Derived findings are computed by the engine, never answered. */
  const CalfRule     *derived;      /* boolean rule, nullable */
  GPtrArray          *derived_count;/* of const CalfTest *: number of tests that hold, nullable */
  const CalfNorm     *derived_norm; /* set when a norms[] entry derives this finding, nullable */
};

typedef enum
{
  CALF_TEST_FINDING,     /* a boolean finding has `value`, a number finding is in [at_least, below) */
  CALF_TEST_AGE,         /* age in [at_least, below) */
  CALF_TEST_SEX,
  CALF_TEST_REGION,      /* the assessed region is one of `regions` */
  CALF_TEST_SIDE,
} CalfTestKind;

struct _CalfTest
{
  CalfTestKind       kind;
  const CalfFinding *finding;   /* CALF_TEST_FINDING */
  gboolean           unsure;    /* holds when the finding was answered "Not sure" */
  gboolean           value;     /* boolean finding */
  double             at_least;  /* -INFINITY when unset */
  double             below;     /* +INFINITY when unset */
  CalfSex            sex;       /* CALF_TEST_SEX */
  GPtrArray         *regions;   /* CALF_TEST_REGION: of const CalfRegion * */
  CalfSide           side;      /* CALF_TEST_SIDE */
};

/* all must hold, at least one of any (when non-empty), none of none. */
struct _CalfRule
{
  GPtrArray *all;    /* of const CalfTest *, never NULL (may be empty) */
  GPtrArray *any;
  GPtrArray *none;
};

typedef enum
{
  CALF_QUESTION_YES_NO,
  CALF_QUESTION_CHOICE,
  CALF_QUESTION_NUMBER,
} CalfQuestionKind;

struct _CalfFindingValue
{
  const CalfFinding *finding;
  double             value;     /* 0 or 1 for boolean findings */
};

struct _CalfChoice
{
  const char *id;
  const char *label;
  GArray     *sets;             /* of CalfFindingValue; empty means "not sure" */
};

struct _CalfQuestion
{
  const char         *id;
  const char         *text;
  const char         *help_why;
  GStrv               help_how;       /* steps, may be empty, never NULL */
  const char         *illustration;   /* nullable */
  CalfQuestionKind    kind;
  const CalfFinding  *finding;        /* YES_NO and NUMBER */
  GPtrArray          *choices;        /* CHOICE: of const CalfChoice * */
  GPtrArray          *regions;        /* of const CalfRegion *: where it is asked */
  gboolean            red_flag_screen;
  /* Asked right after the answer it follows up (a warning sign answered
   * "Not sure"): the triage waits for it. */
  gboolean            follow_up;
  /* A check the person does (squeeze test, heel raises): "Not sure" means
   * "Can't check now" and counts against nothing. */
  gboolean            self_test;
  /* Asked of everyone right after the red-flag screen: what the trouble
   * is like and how it began, the best clues to its cause. */
  gboolean            core;
  /* nullable: core only while it holds (smoking and vascular risk once
   * walking pain is reported); otherwise an ordinary question. */
  const CalfRule     *core_when;
  int                 priority;       /* lower is asked earlier */
  const CalfRule     *requires;       /* nullable: asked only when it holds */
};

struct _CalfCondition
{
  const char *id;
  const char *name;
  const char *summary;
  const char *description;
  GStrv       causes;
  GStrv       symptoms;
  GStrv       self_care;
  GStrv       see_doctor;
  const char *recovery;
  GPtrArray  *exercises;        /* of const CalfExercise *: helpful when self-care is safe */
  GPtrArray  *avoid_exercises;  /* of const CalfExercise *: never while this is possible */
  GPtrArray  *references;       /* of const CalfReference *, non-empty */
  const CalfConditionScoring *scoring;
};

struct _CalfEvidence
{
  CalfTest test;
  double   weight;   /* log-odds: > 0 points towards, < 0 away from the condition */
};

struct _CalfEscalation
{
  const CalfRule *when;
  CalfTriageLevel level;
  const char     *reason;       /* plain words, shown as "why" */
};

struct _CalfConditionScoring
{
  const CalfCondition *condition;
  double               prior;           /* base log-odds */
  double               region_default;  /* log-odds added for unlisted regions */
  GHashTable          *region_weights;  /* region id → double *, log-odds */
  GArray              *evidence;        /* of CalfEvidence */
  gboolean             has_likely_level;
  CalfTriageLevel      likely_level;    /* triage at least this when score >= likely_min_score */
  double               likely_min_score;
  /* A dangerous cause that is still plausible keeps the triage at least
   * at this level, with this reason, until the answers rule it out. */
  gboolean             has_safety_net;
  CalfTriageLevel      safety_net_level;
  double               safety_net_min_score;
  const char          *safety_net_reason;
  GPtrArray           *escalations;     /* of const CalfEscalation *, applied whatever the score */
};

struct _CalfDose
{
  int         sets;            /* >= 1 */
  int         reps;            /* 0 when the exercise is a hold only */
  int         hold_seconds;    /* 0 when there is no hold */
  int         rest_seconds;    /* between sets */
  int         times_per_day;   /* >= 1 */
  int         days_per_week;   /* 1..7 */
  int         weeks;           /* >= 1 */
  const char *note;            /* nullable */
};

struct _CalfExercise
{
  const char *id;
  const char *name;
  const char *kind;            /* stretch, strength, mobility, massage, walking, balance */
  const char *purpose;
  GStrv       steps;
  CalfDose    dose;
  const char *feel;
  const char *stop_if;
  GStrv       cautions;
  GPtrArray  *contraindicating_conditions; /* of const CalfCondition * */
  GPtrArray  *contraindicating_findings;   /* of const CalfFinding *: present (true) findings */
  const char *illustration;                /* file name under data/exercises/ */
  GPtrArray  *references;                  /* of const CalfReference * */
};

struct _CalfSafetyStatement
{
  const char     *id;
  const char     *title;
  const char     *text;
  const CalfRule *trigger;       /* nullable: general guidance always shown */
  gboolean        has_level;
  CalfTriageLevel level;         /* required when trigger is set */
};

struct _CalfLikelihoodBand
{
  double      min_score;
  const char *label;
};

struct _CalfTriageInfo
{
  CalfTriageLevel level;
  const char     *title;
  const char     *advice;
};

struct _CalfNormRow
{
  CalfSex sex;
  double  age_at_least;
  double  age_below;
  double  value;
};

struct _CalfNorm
{
  const char        *id;
  const CalfFinding *finding;   /* the measured number finding */
  const CalfFinding *derived;   /* boolean finding set true when below norm - margin */
  double             margin;
  GArray            *rows;      /* of CalfNormRow */
};

/* The category's name in files ("red-flag"), for lists and reports. */
const char   *calf_finding_category_to_string  (CalfFindingCategory category);

#define CALF_TYPE_DATABASE (calf_database_get_type ())
G_DECLARE_FINAL_TYPE (CalfDatabase, calf_database, CALF, DATABASE, GObject)

GQuark        calf_database_error_quark        (void);

/* Loads the database built into the program (a GResource). */
CalfDatabase *calf_database_new_default        (GError      **error);
/* Loads a file, or every *.json file in a folder, merged in name order. */
CalfDatabase *calf_database_new_for_path       (const char   *path,
                                                GError      **error);
/* Loads one file already in memory; @name is used in messages. */
CalfDatabase *calf_database_new_from_data      (const char   *name,
                                                const char   *data,
                                                gsize         length,
                                                GError      **error);
/* Validates without keeping the result; appends one message per problem
 * (newly allocated strings: create @problems with g_free as free func). */
gboolean      calf_database_validate_path      (const char   *path,
                                                GPtrArray    *problems);

const char   *calf_database_get_version        (CalfDatabase *self);
int           calf_database_get_schema_version (CalfDatabase *self);

/* Arrays in file order; elements are const pointers owned by the database. */
GPtrArray    *calf_database_get_regions        (CalfDatabase *self);
GPtrArray    *calf_database_get_findings       (CalfDatabase *self);
GPtrArray    *calf_database_get_questions      (CalfDatabase *self);
GPtrArray    *calf_database_get_conditions     (CalfDatabase *self);
GPtrArray    *calf_database_get_exercises      (CalfDatabase *self);
GPtrArray    *calf_database_get_safety         (CalfDatabase *self);
GPtrArray    *calf_database_get_references     (CalfDatabase *self);
GPtrArray    *calf_database_get_likelihood_bands (CalfDatabase *self); /* highest min_score first */
GPtrArray    *calf_database_get_norms          (CalfDatabase *self);
GPtrArray    *calf_database_get_condition_scoring (CalfDatabase *self); /* of const CalfConditionScoring * */

/* Constant-time lookups; NULL when there is no such id. */
const CalfRegion          *calf_database_lookup_region    (CalfDatabase *self, const char *id);
const CalfFinding         *calf_database_lookup_finding   (CalfDatabase *self, const char *id);
const CalfQuestion        *calf_database_lookup_question  (CalfDatabase *self, const char *id);
const CalfCondition       *calf_database_lookup_condition (CalfDatabase *self, const char *id);
const CalfExercise        *calf_database_lookup_exercise  (CalfDatabase *self, const char *id);
const CalfSafetyStatement *calf_database_lookup_safety    (CalfDatabase *self, const char *id);
const CalfReference       *calf_database_lookup_reference (CalfDatabase *self, const char *id);
const CalfNorm            *calf_database_lookup_norm      (CalfDatabase *self, const char *id);

const CalfTriageInfo      *calf_database_get_triage_info  (CalfDatabase   *self,
                                                           CalfTriageLevel level);
/* A tuning number from the database's "engine" object, or its default from
 * calf-database-params.c. The name must be listed there. */
double        calf_database_get_param          (CalfDatabase *database,
                                                const char   *name);
/* Engine tuning parameter from the "engine" object; default when absent. */
double        calf_database_get_engine_param   (CalfDatabase *self,
                                                const char   *name,
                                                double        default_value);

G_END_DECLS
