/* 'checks=' with an empty list is an error: a check run with no check
   would be silent, not clean.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-vmapcheck-checks=" } */
/* { dg-error "vmapcheck: \[^\n\]*checks\[^\n\]*needs a comma separated list of checks" "" { target *-*-* } 0 } */
/* { dg-prune-output "^cc1: error: failed to initialize plugin " } */

int vmapcheck_option_test;
