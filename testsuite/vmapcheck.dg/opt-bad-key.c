/* An unknown plugin argument:
     -fplugin-arg-vmapcheck-frobnicate
   is an error that names the argument.  Notes that may follow it (e.g. a list
   of valid arguments) are pruned.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-vmapcheck-frobnicate" } */
/* { dg-error "vmapcheck: \[^\n\]*frobnicate" "" { target *-*-* } 0 } */
/* { dg-prune-output ": note: " } */

int vmapcheck_option_test;
