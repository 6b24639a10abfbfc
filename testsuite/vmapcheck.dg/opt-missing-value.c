/* A plugin argument that needs a value and has none:
     -fplugin-arg-vmapcheck-put-pages-flag
   is an error that names the argument.  GCC's own follow-up ("failed to
   initialize plugin", when plugin_init gives up) and notes that may follow
   (e.g. a list of valid arguments) are pruned.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-vmapcheck-put-pages-flag" } */
/* { dg-error "vmapcheck: \[^\n\]*put-pages-flag" "" { target *-*-* } 0 } */
/* { dg-prune-output ": note: " } */
/* { dg-prune-output "^cc1: error: failed to initialize plugin " } */

int vmapcheck_option_test;
