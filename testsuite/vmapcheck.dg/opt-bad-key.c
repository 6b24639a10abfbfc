/* An unknown plugin argument:
     -fplugin-arg-vmapcheck-frobnicate
   is an error that names the argument.  GCC's own follow-up ("failed to
   initialize plugin", when plugin_init gives up) and notes that may follow
   (e.g. a list of valid arguments) are pruned.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-vmapcheck-frobnicate" } */
/* { dg-error "vmapcheck: \[^\n\]*frobnicate" "" { target *-*-* } 0 } */
/* { dg-prune-output ": note: " } */
/* { dg-prune-output "^cc1: error: failed to initialize plugin " } */

int vmapcheck_option_test;
