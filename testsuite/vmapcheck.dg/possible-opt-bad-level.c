/* Plugin argument 'level' with a value that is neither 'definite' nor
   'possible':
     -fplugin-arg-vmapcheck-level=maybe
   is an error that names the argument and the value.  GCC's follow-up
   ("failed to initialize plugin") is pruned.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-vmapcheck-level=maybe" } */
/* { dg-error "vmapcheck: \[^\n\]*level\[^\n\]*'maybe'" "" { target *-*-* } 0 } */
/* { dg-prune-output ": note: " } */
/* { dg-prune-output "^cc1: error: failed to initialize plugin " } */

int vmapcheck_option_test;
