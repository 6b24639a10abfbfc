/* A plugin argument that needs a value and has none:
     -fplugin-arg-vmapcheck-put-pages-flag
   is an error that names the argument.  Notes that may follow it (e.g. a list
   of valid arguments) are pruned.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-vmapcheck-put-pages-flag" } */
/* { dg-error "vmapcheck: \[^\n\]*put-pages-flag" "" { target *-*-* } 0 } */
/* { dg-prune-output ": note: " } */

int vmapcheck_option_test;
