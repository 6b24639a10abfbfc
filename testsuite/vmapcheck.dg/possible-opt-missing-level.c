/* Plugin argument 'level' without a value:
     -fplugin-arg-vmapcheck-level
   is an error that names the argument.  GCC's follow-up ("failed to
   initialize plugin") is pruned.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-vmapcheck-level" } */
/* { dg-error "vmapcheck: \[^\n\]*level" "" { target *-*-* } 0 } */
/* { dg-prune-output ": note: " } */
/* { dg-prune-output "^cc1: error: failed to initialize plugin " } */

int vmapcheck_option_test;
